package app.worthit.extract;

import app.worthit.json.JsonValue;
import app.worthit.model.Urls;
import java.util.ArrayList;
import java.util.List;

/**
 * Events in schema.org JSON-LD: any {@code @type} ending in "Event", found at the top, in arrays,
 * in {@code @graph} and in {@code ItemList} elements.
 */
final class JsonLdSource {
  private static final int MAX_NESTING = 8;

  private JsonLdSource() {}

  /** The events of one JSON-LD script text, relative URLs resolved against base; none if malformed. */
  static List<EventDraft> events(String text, String base) {
    List<EventDraft> out = new ArrayList<>();
    JsonValue root = JsonFields.parse(stripComment(text));
    if (root != null) {
      collect(root, base, out, 0);
    }
    return out;
  }

  private static void collect(JsonValue v, String base, List<EventDraft> out, int depth) {
    if (depth > MAX_NESTING) {
      return;
    }
    if (v instanceof JsonValue.Arr a) {
      for (JsonValue item : a.items()) {
        collect(item, base, out, depth + 1);
      }
      return;
    }
    JsonValue.Obj o = v.asObj();
    if (o == null) {
      return;
    }
    if (isEvent(o.get("@type"))) {
      out.add(JsonLdEvent.read(o, base));
      return;
    }
    collect(o.get("@graph"), base, out, depth + 1);
    for (JsonValue element : JsonFields.items(o, "itemListElement")) {
      JsonValue item = element.path("item");
      collect(item.isNull() ? element : item, base, out, depth + 1);
    }
  }

  private static boolean isEvent(JsonValue type) {
    if (type instanceof JsonValue.Arr a) {
      for (JsonValue t : a.items()) {
        if (isEvent(t)) {
          return true;
        }
      }
      return false;
    }
    String s = type.asString();
    return s != null && s.endsWith("Event");
  }

  private static String stripComment(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.startsWith("<!--") && t.endsWith("-->")) {
      t = t.substring(4, t.length() - 3);
    }
    if (t.startsWith("//<![CDATA[") && t.endsWith("//]]>")) {
      t = t.substring(11, t.length() - 5);
    }
    return t;
  }

  /** The absolute URL of a JSON-LD link, or null. */
  static String link(String href, String base) {
    return href == null ? null : Urls.resolve(base, href.trim());
  }
}
