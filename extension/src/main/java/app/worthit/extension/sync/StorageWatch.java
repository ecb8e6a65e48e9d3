package app.worthit.extension.sync;

/** Calls back after any sync item changed in chrome.storage.local, from any extension context. */
public final class StorageWatch {
  private StorageWatch() {}

  /** Runs {@code callback} after a change to an item whose name starts with "sync/". */
  public static void onSyncChange(Runnable callback) {
    WorkerEvents.onLocalChange(names -> {
      if (names.contains("\"sync/")) {
        callback.run();
      }
    });
  }
}
