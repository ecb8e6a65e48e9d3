package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.List;

/** A compiled {@link Cue} pattern: a sequence of word elements matched against tokens. */
final class Phrase {
  final Cue cue;
  final Element[] elements;

  Phrase(Cue cue) {
    this.cue = cue;
    String[] parts = cue.pattern().trim().split(" +");
    elements = new Element[parts.length];
    for (int i = 0; i < parts.length; i++) {
      elements[i] = Element.parse(parts[i]);
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

  /** The index after the match starting at token start, or -1 when it does not match there. */
  int matchAt(ListingText text, int start) {
    return match(text, 0, start);
  }

  private int match(ListingText text, int e, int t) {
    if (e == elements.length) {
      return t;
    }
    Element el = elements[e];
    if (el.gap > 0) {
      for (int k = 0; k <= el.gap; k++) {
        if (k > 0 && (t + k - 1 >= text.size() || !text.isWord(t + k - 1))) {
          return -1;
        }
        int end = match(text, e + 1, t + k);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (t < text.size() && el.accepts(text.token(t), text.isWord(t))) {
      int end = match(text, e + 1, t + 1);
      if (end >= 0) {
        return end;
      }
    }
    return el.optional ? match(text, e + 1, t) : -1;
  }

  /** One position of a pattern. */
  static final class Element {
    final List<String> words = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();
    boolean number;
    boolean optional;
    int gap;

    static Element parse(String part) {
      Element el = new Element();
      if (part.startsWith("~")) {
        el.gap = Integer.parseInt(part.substring(1));
        return el;
      }
      if (part.startsWith("[") && part.endsWith("]")) {
        el.optional = true;
        part = part.substring(1, part.length() - 1);
      }
      for (String alt : part.split("\\|")) {
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
      return el;
    }

    boolean accepts(String token, boolean isWord) {
      if (!isWord) {
        return false;
      }
      if (number && Tokenizer.isNumber(token)) {
        return true;
      }
      for (String w : words) {
        if (w.equals(token)) {
          return true;
        }
      }
      for (String p : prefixes) {
        if (token.startsWith(p)) {
          return true;
        }
      }
      return false;
    }
  }
}
