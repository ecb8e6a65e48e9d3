package app.worthit.extension.browser;

import org.teavm.jso.JSObject;

/** {@code chrome.storage.onChanged}. */
public interface StorageChangedEvent extends JSObject {
  /** Calls the listener after any storage area changed. */
  void addListener(StorageChangeListener listener);
}
