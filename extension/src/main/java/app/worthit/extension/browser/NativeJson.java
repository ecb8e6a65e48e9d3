package app.worthit.extension.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** The bridge between JSON text (what the shared engine reads and writes) and plain JS objects. */
public final class NativeJson {
  private NativeJson() {}

  /** {@code JSON.stringify}. */
  @JSBody(params = "value", script = "return JSON.stringify(value);")
  public static native String stringify(JSObject value);

  /** {@code JSON.parse}. */
  @JSBody(params = "text", script = "return JSON.parse(text);")
  public static native JSObject parse(String text);

  /** A fresh object with one property, for storage writes. */
  @JSBody(params = {"name", "value"}, script = "var o = {}; o[name] = value; return o;")
  public static native JSObject single(String name, JSObject value);

  /** A fresh object with only the properties whose names start with the prefix. */
  @JSBody(params = {"items", "prefix"}, script = "var o = {}; for (var k in items) {"
      + " if (k.indexOf(prefix) === 0) { o[k] = items[k]; } } return o;")
  public static native JSObject withPrefix(JSObject items, String prefix);

  /** Removes the named items of a storage area in one call (chrome.storage takes an array of keys). */
  @JSBody(params = {"area", "keysJson"}, script = "return area.remove(JSON.parse(keysJson));")
  public static native JSPromise<JSObject> removeAll(StorageArea area, String keysJson);
}
