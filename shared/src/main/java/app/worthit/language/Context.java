package app.worthit.language;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment too short to tell its language (a name, a date line, "Eintritt frei") is taken to be
 * in the language of the nearest segment before it that told its own, else of the nearest after.
 */
final class Context {
  private Context() {}

  static List<Segment> apply(List<Segment> segments) {
    List<Segment> out = new ArrayList<>(segments);
    Language last = null;
    for (int i = 0; i < out.size(); i++) {
      Segment s = out.get(i);
      if (s.own()) {
        last = s.language();
      } else if (last != null) {
        out.set(i, s.inContext(last));
      }
    }
    Language next = null;
    for (int i = out.size() - 1; i >= 0; i--) {
      Segment s = out.get(i);
      if (s.own()) {
        next = s.language();
      } else if (s.language() == null && next != null) {
        out.set(i, s.inContext(next));
      }
    }
    return out;
  }
}
