package app.worthit.extension.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** {@code chrome.runtime}: what the service worker needs. */
public interface Runtime extends JSObject {
  /** {@code chrome.runtime.onInstalled}. */
  @JSProperty
  InstalledEvent getOnInstalled();
}
