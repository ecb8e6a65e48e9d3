package app.worthit.rules.text;

import app.worthit.text.Split;
import java.util.List;

/** A compiled {@link Cue} pattern: a sequence of word elements matched against tokens. */
final class Phrase {
  final Cue cue;
  /** The cue's place among all cues: hits at one token are recorded in this order. */
  final int index;
  /** The number the lexicon gave the cue's tag. */
  final int tag;
  final Element[] elements;
  // For a phrase with a gap: its last required element of plain words, and how many tokens the
  // phrase can span.
  private final Element guard;
  private final int span;

  Phrase(Cue cue, int index, int tag, Vocabulary vocabulary, Prefixes prefixTable) {
    this.cue = cue;
    this.index = index;
    this.tag = tag;
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
    Element required = null;
    boolean gaps = false;
    int tokens = 0;
    for (int i = 1; i < elements.length; i++) {
      Element el = elements[i];
      gaps |= el.gap > 0;
      tokens += el.gap > 0 ? el.gap : 1;
      // Plain words only: a prefix element would have every token in reach masked, dearer than the
      // tries it saves.
      if (el.gap == 0 && !el.optional && !el.number && el.prefixBits.length == 0) {
        required = el;
      }
    }
    guard = gaps ? required : null;
    span = tokens + 1;
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
    if (guard != null && !reachable(scan, start)) {
      return -1;
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

  /**
   * Whether the guard fits a word within the phrase's span of start, in the same clause. A gap
   * phrase is tried at every width of each gap, dozens of steps, and most tries fail for want of
   * their last word: this settles those in one pass over a few tokens.
   */
  private boolean reachable(Scan scan, int start) {
    int end = Math.min(start + span, scan.size);
    for (int t = start + 1; t < end && !scan.marks[t]; t++) {
      if (guard.accepts(scan, t)) {
        return true;
      }
    }
    return false;
  }

  /** One position of a pattern. */
  static final class Element {
    /** {@link #next}: this alternative does not fit, but a later one may. */
    static final int NOT_THIS = -1;
    /** {@link #next}: no alternative is left. */
    static final int NO_MORE = -2;
    private static final int[] NONE = new int[0];
    private static final String[] NO_PREFIXES = new String[0];

    // Arrays start as one shared empty array and are made once at their final size: the lexicon
    // builds thousands of elements on every page load, and a JavaScript typed array is costly to make.
    int[] ids = NONE;
    // The ids as a bit set, so a word element with dozens of alternatives costs one test (ints, not
    // longs: TeaVM emulates long arithmetic in JavaScript).
    int[] idBits = NONE;
    String[] prefixes = NO_PREFIXES;
    // The element's prefixes as bits of Prefixes ids, tested against a token's mask.
    int[] prefixBits = NONE;
    boolean number;
    boolean optional;
    int gap;

    /** Reads one part of a pattern, in two passes over its alternatives: count, then fill. */
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
      int words = 0;
      int prefixCount = 0;
      for (int from = 0; from < part.length(); from = end(part, from) + 1) {
        switch (kind(part, from, end(part, from))) {
          case NUMBER -> el.number = true;
          case PREFIX -> prefixCount++;
          case SUFFIXED -> words += 2;
          case WORD -> words++;
          default -> { }
        }
      }
      if (words > 0) {
        el.ids = new int[words];
      }
      if (prefixCount > 0) {
        el.prefixes = new String[prefixCount];
      }
      int w = 0;
      int p = 0;
      for (int from = 0; from < part.length(); from = end(part, from) + 1) {
        int to = end(part, from);
        switch (kind(part, from, to)) {
          case PREFIX -> el.prefixes[p++] = part.substring(from, to - 1);
          case SUFFIXED -> {
            int open = part.indexOf('(', from);
            String stem = part.substring(from, open);
            el.ids[w++] = vocabulary.add(stem);
            el.ids[w++] = vocabulary.add(stem + part.substring(open + 1, to - 1));
          }
          case WORD -> el.ids[w++] = vocabulary.add(part.substring(from, to));
          default -> { }
        }
      }
      if (words > 0) {
        el.idBits = bits(el.ids);
      }
      if (prefixCount > 0) {
        int[] prefixIds = new int[prefixCount];
        for (int i = 0; i < prefixCount; i++) {
          prefixIds[i] = prefixTable.add(el.prefixes[i]);
        }
        el.prefixBits = bits(prefixIds);
      }
      return el;
    }

    private static final int EMPTY = 0;
    private static final int NUMBER = 1;
    private static final int PREFIX = 2;
    private static final int SUFFIXED = 3;
    private static final int WORD = 4;

    // The end of the alternative starting at from: the next '|' or the end of the part.
    private static int end(String part, int from) {
      int bar = part.indexOf('|', from);
      return bar < 0 ? part.length() : bar;
    }

    // What the alternative part[from, to) is: "#", "prefix*", "word(suffix)" or a plain word.
    private static int kind(String part, int from, int to) {
      if (to == from) {
        return EMPTY;
      }
      if (to - from == 1 && part.charAt(from) == '#') {
        return NUMBER;
      }
      if (part.charAt(to - 1) == '*') {
        return PREFIX;
      }
      int open = part.indexOf('(', from);
      return part.charAt(to - 1) == ')' && open > from && open < to ? SUFFIXED : WORD;
    }

    private static int[] bits(int[] ids) {
      int max = 0;
      for (int id : ids) {
        max = Math.max(max, id);
      }
      int[] bits = new int[(max >>> 5) + 1];
      for (int id : ids) {
        bits[id >>> 5] |= 1 << (id & 31);
      }
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
        return alt <= gap && last < scan.size && !scan.marks[last] ? t + alt : NO_MORE;
      }
      if (alt == 0) {
        return t < scan.size && accepts(scan, t) ? t + 1 : NOT_THIS;
      }
      return alt == 1 && optional ? t : NO_MORE;
    }

    /** True if the token at t of the scan fits this element. */
    boolean accepts(Scan scan, int t) {
      if (scan.marks[t]) {
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
