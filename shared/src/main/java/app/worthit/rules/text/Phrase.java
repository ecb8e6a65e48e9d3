package app.worthit.rules.text;

import app.worthit.text.Split;
import java.util.ArrayList;
import java.util.List;

/** A compiled {@link Cue} pattern: a sequence of word elements matched against tokens. */
final class Phrase {
  final Cue cue;
  final Element[] elements;

  Phrase(Cue cue, Vocabulary vocabulary) {
    this.cue = cue;
    // Split, not String.split: TeaVM compiles a regex per split call, seconds of start-up in JS.
    List<String> parts = Split.on(cue.pattern(), ' ');
    elements = new Element[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      elements[i] = Element.parse(parts.get(i), vocabulary);
    }
    Element first = elements[0];
    if (first.optional || first.gap > 0) {
      throw new IllegalArgumentException("a cue cannot start with an optional part: " + cue.pattern());
    }
    for (String prefix : first.prefixes) {
      if (prefix.length() < Lexicon.PREFIX_KEY) {
        throw new IllegalArgumentException("a leading prefix needs three letters: " + cue.pattern());
      }
    }
  }

  /**
   * The index after the match whose first token, at start, the first element already accepted, or
   * -1 when the rest does not match there.
   */
  int matchRest(Scan scan, int start) {
    return match(scan, 1, start + 1);
  }

  private int match(Scan scan, int e, int t) {
    if (e == elements.length) {
      return t;
    }
    Element el = elements[e];
    if (el.gap > 0) {
      for (int k = 0; k <= el.gap; k++) {
        if (k > 0 && (t + k - 1 >= scan.size || !scan.word[t + k - 1])) {
          return -1;
        }
        int end = match(scan, e + 1, t + k);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (t < scan.size && el.accepts(scan, t)) {
      int end = match(scan, e + 1, t + 1);
      if (end >= 0) {
        return end;
      }
    }
    return el.optional ? match(scan, e + 1, t) : -1;
  }

  /** One position of a pattern. */
  static final class Element {
    final List<String> words = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();
    int[] ids = new int[0];
    String[] prefixArray = new String[0];
    boolean number;
    boolean optional;
    int gap;

    static Element parse(String part, Vocabulary vocabulary) {
      Element el = new Element();
      if (part.startsWith("~")) {
        el.gap = Integer.parseInt(part.substring(1));
        return el;
      }
      if (part.startsWith("[") && part.endsWith("]")) {
        el.optional = true;
        part = part.substring(1, part.length() - 1);
      }
      for (String alt : Split.on(part, '|')) {
        if (alt.equals("#")) {
          el.number = true;
        } else if (alt.endsWith("*")) {
          el.prefixes.add(alt.substring(0, alt.length() - 1));
        } else if (alt.endsWith(")") && alt.indexOf('(') > 0) {
          int open = alt.indexOf('(');
          String stem = alt.substring(0, open);
          el.words.add(stem);
          el.words.add(stem + alt.substring(open + 1, alt.length() - 1));
        } else {
          el.words.add(alt);
        }
      }
      el.ids = new int[el.words.size()];
      for (int i = 0; i < el.ids.length; i++) {
        el.ids[i] = vocabulary.add(el.words.get(i));
      }
      el.prefixArray = el.prefixes.toArray(new String[0]);
      return el;
    }

    /** True if the token at t of the scan fits this element. */
    boolean accepts(Scan scan, int t) {
      if (!scan.word[t]) {
        return false;
      }
      if (number && scan.number(t)) {
        return true;
      }
      int id = scan.ids[t];
      if (id != Vocabulary.NONE) {
        for (int w : ids) {
          if (w == id) {
            return true;
          }
        }
      }
      if (prefixArray.length > 0) {
        String token = scan.text.token(t);
        for (String p : prefixArray) {
          if (token.startsWith(p)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
