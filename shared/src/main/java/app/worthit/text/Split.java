package app.worthit.text;

import java.util.ArrayList;
import java.util.List;

/** Splitting on one character. TeaVM's String.split compiles a regex on every call, far too slow in JS. */
public final class Split {
  private Split() {}

  /** The parts of {@code s} between occurrences of {@code sep}, empty parts dropped. */
  public static List<String> on(String s, char sep) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == sep) {
        if (i > start) {
          out.add(s.substring(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** The parts of {@code s} between occurrences of {@code sep}, empty parts kept (as split(sep, -1)). */
  public static List<String> onKeepingEmpty(String s, char sep) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == sep) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return out;
  }
}
