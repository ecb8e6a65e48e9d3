package app.worthit.extension.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** {@code chrome.storage}: the local area and its change event. */
public interface StorageApi extends JSObject {
  /** {@code chrome.storage.local}. */
  @JSProperty
  StorageArea getLocal();

  /** {@code chrome.storage.onChanged}. */
  @JSProperty
  StorageChangedEvent getOnChanged();
}
