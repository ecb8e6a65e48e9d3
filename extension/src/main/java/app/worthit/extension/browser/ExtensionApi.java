package app.worthit.extension.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The {@code chrome} namespace: only the parts the extension uses. */
public interface ExtensionApi extends JSObject {
  /** {@code chrome.storage}. */
  @JSProperty
  StorageApi getStorage();

  /** {@code chrome.runtime}. */
  @JSProperty
  Runtime getRuntime();
}
