package app.worthit.extension.worker;

import app.worthit.extension.browser.Browser;
import app.worthit.extension.browser.NativeJson;
import app.worthit.extension.sync.WorkerSync;

/** Entry point of the background service worker: records the storage schema on install and runs sync. */
public final class ServiceWorker {
  /** The layout of chrome.storage.local this build writes; a later version migrates from it. */
  static final String SCHEMA = "{\"schema\":1}";

  private ServiceWorker() {}

  public static void main(String[] args) {
    Browser.api().getRuntime().getOnInstalled().addListener(details ->
        Browser.api().getStorage().getLocal().set(NativeJson.single("worthit-meta", NativeJson.parse(SCHEMA))));
    // Sync with the server and community counts (extension/sync); idle until the user turns sync on.
    WorkerSync.install();
  }
}
