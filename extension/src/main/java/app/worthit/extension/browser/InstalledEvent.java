package app.worthit.extension.browser;

import org.teavm.jso.JSObject;

/** {@code chrome.runtime.onInstalled}. */
public interface InstalledEvent extends JSObject {
  /** Calls the listener when the extension is installed or updated. */
  void addListener(InstalledListener listener);
}
