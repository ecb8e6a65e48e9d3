package app.worthit.extension.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The page's JSON-LD, parsed once by the browser's own JSON.parse and split into one piece per
 * event object (where the shared reader looks for them: arrays, {@code @graph}, ItemList elements,
 * at most 8 levels deep), so extraction reads one small piece at a time and view-first cards find
 * theirs without reading the rest. A script the browser cannot parse stays whole, for the shared
 * parser to read or refuse as before.
 */
final class JsonLdItems {
  private JsonLdItems() {}

  /** {texts: [...], objects: [...], urls: [...]}: per piece, its raw text or its parsed object, and its url. */
  @JSBody(params = "selector", script = ""
      + "var out = {texts: [], objects: [], urls: []};"
      + "function isEvent(t) { return Array.isArray(t) ? t.some(isEvent) : typeof t === 'string' && /Event$/.test(t); }"
      + "function walk(v, depth) {"
      + "  if (depth > 8 || v === null || typeof v !== 'object') return;"
      + "  if (Array.isArray(v)) { for (var i = 0; i < v.length; i++) walk(v[i], depth + 1); return; }"
      + "  if (isEvent(v['@type'])) {"
      + "    out.texts.push(null); out.objects.push(v);"
      + "    out.urls.push(typeof v.url === 'string' ? v.url : typeof v['@id'] === 'string' ? v['@id'] : null);"
      + "    return; }"
      + "  walk(v['@graph'], depth + 1);"
      + "  var list = v.itemListElement;"
      + "  if (list !== null && typeof list === 'object') {"
      + "    var items = Array.isArray(list) ? list : [list];"
      + "    for (var j = 0; j < items.length; j++) { var e = items[j];"
      + "      if (e === null || typeof e !== 'object') continue;"
      + "      var item = e.item; walk(item === undefined || item === null ? e : item, depth + 1); } } }"
      + "var scripts = document.querySelectorAll(selector);"
      + "for (var k = 0; k < scripts.length; k++) { var text = scripts[k].textContent; var root;"
      + "  try { root = JSON.parse(text); } catch (e) { out.texts.push(text); out.objects.push(null); out.urls.push(null); continue; }"
      + "  walk(root, 0); }"
      + "return out;")
  static native JSObject split(String selector);

  @JSBody(params = "items", script = "return items.texts.length;")
  static native int count(JSObject items);

  /** The piece's JSON text (an event object written back by JSON.stringify, or a script left whole). */
  @JSBody(params = {"items", "i"}, script = "var t = items.texts[i]; return t !== null ? t : JSON.stringify(items.objects[i]);")
  static native String text(JSObject items, int i);

  /** The indexes of the pieces whose url contains the text (an event id), found without Java code. */
  @JSBody(params = {"items", "id"}, script = "var out = [];"
      + "for (var i = 0; i < items.urls.length; i++) { var u = items.urls[i]; if (u !== null && u.indexOf(id) >= 0) out.push(i); }"
      + "return out;")
  static native int[] mentioning(JSObject items, String id);

  @JSBody(params = {"items", "i"}, script = "return items.urls[i];")
  static native String url(JSObject items, int i);

  /** The indexes of the scripts left whole (the browser could not parse them). */
  @JSBody(params = "items", script = "var out = [];"
      + "for (var i = 0; i < items.texts.length; i++) { if (items.texts[i] !== null) out.push(i); } return out;")
  static native int[] wholes(JSObject items);
}
