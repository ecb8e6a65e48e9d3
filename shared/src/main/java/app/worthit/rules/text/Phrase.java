package app.worthit.rules.text;

import app.worthit.text.Split;
import java.util.ArrayList;
import java.util.List;

/** A compiled {@link Cue} pattern: a sequence of word elements matched against tokens. */
final class Phrase {
  final Cue cue;
  final Element[] elements;

  Phrase(Cue cue, Vocabulary vocabulary, Prefixes prefixTable) {
    this.cue = cue;
    // Split, not String.split: TeaVM compiles a regex per split call, seconds of start-up in JS.
    List<String> parts = Split.on(cue.pattern(), ' ');
    elements = new Element[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      elements[i] = Element.parse(parts.get(i), vocabulary, prefixTable);
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
   * -1 when the rest does not match there. Shortest gaps are tried first and an optional element is
   * taken before it is skipped; backtracking runs on the scan's scratch arrays, not on recursion,
   * which keeps the JIT's compiled code small (recursive inlining made it tens of KB).
   */
  int matchRest(Scan scan, int start) {
    int n = elements.length;
    if (n == 1) {
      return start + 1;
    }
    int[] from = scan.from(n);
    int[] choice = scan.choice(n);
    int e = 1;
    from[1] = start + 1;
    choice[1] = 0;
    while (true) {
      int next = elements[e].next(scan, from[e], choice[e]);
      if (next == Element.NO_MORE) {
        if (--e == 0) {
          return -1;
        }
        choice[e]++;
      } else if (next < 0) {
        choice[e]++;
      } else if (e + 1 == n) {
        return next;
      } else {
        e++;
        from[e] = next;
        choice[e] = 0;
      }
    }
  }

  /** One position of a pattern. */
  static final class Element {
    /** {@link #next}: this alternative does not fit, but a later one may. */
    static final int NOT_THIS = -1;
    /** {@link #next}: no alternative is left. */
    static final int NO_MORE = -2;

    final List<String> words = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();
    int[] ids = new int[0];
    // The ids as a bit set, so a word element with dozens of alternatives costs one test (ints, not
    // longs: TeaVM emulates long arithmetic in JavaScript).
    int[] idBits = new int[0];
    // The element's prefixes as bits of Prefixes ids, tested against a token's mask.
    int[] prefixBits = new int[0];
    boolean number;
    boolean optional;
    int gap;

    static Element parse(String part, Vocabulary vocabulary, Prefixes prefixTable) {
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
        el.idBits = set(el.idBits, el.ids[i]);
      }
      for (String prefix : el.prefixes) {
        el.prefixBits = set(el.prefixBits, prefixTable.add(prefix));
      }
      return el;
    }

    private static int[] set(int[] bits, int id) {
      int word = id >>> 5;
      if (word >= bits.length) {
        int[] bigger = new int[word + 1];
        System.arraycopy(bits, 0, bigger, 0, bits.length);
        bits = bigger;
      }
      bits[word] |= 1 << (id & 31);
      return bits;
    }

    /**
     * Where the rest of the pattern goes on when this element, starting at token t, takes its
     * alternative number `alt`: a gap takes alt words, a word element takes one token (alt 0) or,
     * if optional, none (alt 1).
     */
    int next(Scan scan, int t, int alt) {
      if (gap > 0) {
        if (alt == 0) {
          return t;
        }
        int last = t + alt - 1;
        return alt <= gap && last < scan.size && scan.word[last] ? t + alt : NO_MORE;
      }
      if (alt == 0) {
        return t < scan.size && accepts(scan, t) ? t + 1 : NOT_THIS;
      }
      return alt == 1 && optional ? t : NO_MORE;
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
      if (id >= 0 && (id >>> 5) < idBits.length && (idBits[id >>> 5] & (1 << (id & 31))) != 0) {
        return true;
      }
      return prefixBits.length > 0 && scan.startsWithAny(t, prefixBits);
    }
  }
}
