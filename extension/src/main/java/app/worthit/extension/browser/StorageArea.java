package app.worthit.extension.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** A storage area ({@code chrome.storage.local}), promise-based as in MV3. */
public interface StorageArea extends JSObject {
  /** All items when keys is null, else the named ones, as one plain object. */
  JSPromise<JSObject> get(JSObject keys);

  /** Stores every property of the items object. */
  JSPromise<JSObject> set(JSObject items);

  /** Removes one item. */
  JSPromise<JSObject> remove(String key);

  /** Removes everything. */
  JSPromise<JSObject> clear();
}
