package app.worthit.extension.browser;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Listener of {@code chrome.storage.onChanged}: the changes object and the area name. */
@JSFunctor
public interface StorageChangeListener extends JSObject {
  /** One batch of changes in one area. */
  void changed(JSObject changes, String areaName);
}
