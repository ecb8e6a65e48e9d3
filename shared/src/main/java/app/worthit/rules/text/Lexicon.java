package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cue of every rule, compiled once and indexed by first word, so a listing is read in one
 * linear pass whatever its length: no regular expression, no backtracking beyond a cue's own words.
 */
public final class Lexicon {
  static final int PREFIX_KEY = 3;

  private final Map<String, List<Phrase>> byWord = new HashMap<>();
  // Phrases led by a prefix, bucketed by the prefix's first letter (ASCII; others share bucket 0).
  @SuppressWarnings("unchecked")
  private final List<Phrase>[] byPrefix = new List[128];
  private final List<Phrase> byNumber = new ArrayList<>();

  /** Compiles the cues; a malformed pattern fails here, at class initialisation, not per request. */
  public Lexicon(List<Cue> cues) {
    for (Cue cue : cues) {
      Phrase phrase = new Phrase(cue);
      Phrase.Element first = phrase.elements[0];
      for (String w : first.words) {
        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(phrase);
      }
      for (String p : first.prefixes) {
        int bucket = bucket(p);
        if (byPrefix[bucket] == null) {
          byPrefix[bucket] = new ArrayList<>();
        }
        if (!byPrefix[bucket].contains(phrase)) {
          byPrefix[bucket].add(phrase);
        }
      }
      if (first.number) {
        byNumber.add(phrase);
      }
    }
  }

  /** Every place a cue matches in the text, in text order. */
  public Hits scan(ListingText text) {
    Hits hits = new Hits();
    for (int i = 0; i < text.size(); i++) {
      if (!text.isWord(i)) {
        continue;
      }
      String token = text.token(i);
      List<Phrase> exact = byWord.get(token);
      if (exact != null) {
        tryAll(exact, text, i, hits);
      }
      if (token.length() >= PREFIX_KEY) {
        List<Phrase> prefixed = byPrefix[bucket(token)];
        if (prefixed != null) {
          tryAll(prefixed, text, i, hits);
        }
      }
      if (!byNumber.isEmpty() && Tokenizer.isNumber(token)) {
        tryAll(byNumber, text, i, hits);
      }
    }
    return hits;
  }

  private static int bucket(String word) {
    char c = word.charAt(0);
    return c < 128 ? c : 0;
  }

  private static void tryAll(List<Phrase> phrases, ListingText text, int start, Hits hits) {
    for (Phrase phrase : phrases) {
      if (!phrase.elements[0].accepts(text.token(start), true)) {
        continue;
      }
      int end = phrase.matchAt(text, start);
      if (end > start) {
        boolean negated = Negation.denies(text, start, end);
        hits.add(new Hit(phrase.cue, start, end, text.words(start, end), text.field(start), negated));
      }
    }
  }
}
