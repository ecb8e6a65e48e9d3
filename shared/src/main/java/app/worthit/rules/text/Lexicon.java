package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Every cue of every rule, compiled once and indexed by the vocabulary id of its first word, so a
 * listing is read in one linear pass whatever its length: each token costs one hash lookup, then
 * only the cues that start with that very word are tried, comparing ints, never strings.
 */
public final class Lexicon {
  static final int PREFIX_KEY = 3;
  private static final Phrase[] NO_PHRASES = new Phrase[0];

  private final Vocabulary vocabulary = new Vocabulary();
  private final Negation negation = new Negation(vocabulary);
  private final Prefixes prefixTable = new Prefixes();
  // Phrases whose first element names the word, by the word's id, in cue order.
  private final Phrase[][] byWord;
  // Phrases led by a prefix, bucketed by the prefix's first letter (ASCII; others share bucket 0).
  private final Phrase[][] byPrefix = new Phrase[128][];
  private final Phrase[] byNumber;

  /** Compiles the cues; a malformed pattern fails here, at class initialisation, not per request. */
  public Lexicon(List<Cue> cues) {
    List<List<Phrase>> words = new ArrayList<>();
    List<List<Phrase>> prefixes = new ArrayList<>();
    for (int b = 0; b < byPrefix.length; b++) {
      prefixes.add(new ArrayList<>());
    }
    List<Phrase> numbers = new ArrayList<>();
    for (Cue cue : cues) {
      Phrase phrase = new Phrase(cue, vocabulary, prefixTable);
      Phrase.Element first = phrase.elements[0];
      for (int id : first.ids) {
        while (words.size() <= id) {
          words.add(new ArrayList<>());
        }
        words.get(id).add(phrase);
      }
      for (String p : first.prefixes) {
        List<Phrase> bucket = prefixes.get(bucket(p));
        if (!bucket.contains(phrase)) {
          bucket.add(phrase);
        }
      }
      if (first.number) {
        numbers.add(phrase);
      }
    }
    byWord = new Phrase[vocabulary.size()][];
    for (int id = 0; id < byWord.length; id++) {
      byWord[id] = id < words.size() ? words.get(id).toArray(NO_PHRASES) : NO_PHRASES;
    }
    for (int b = 0; b < byPrefix.length; b++) {
      byPrefix[b] = prefixes.get(b).toArray(NO_PHRASES);
    }
    byNumber = numbers.toArray(NO_PHRASES);
  }

  /** Every place a cue matches in the text, in text order. */
  public Hits scan(ListingText text) {
    Hits hits = new Hits();
    Scan scan = new Scan(text, vocabulary, prefixTable);
    for (int i = 0; i < scan.size; i++) {
      if (!scan.word[i]) {
        continue;
      }
      int id = scan.ids[i];
      if (id != Vocabulary.NONE) {
        // Every phrase listed under the token's id accepts it as first word by construction.
        tryAll(byWord[id], scan, i, hits, false);
      }
      String token = text.token(i);
      if (token.length() >= PREFIX_KEY) {
        Phrase[] prefixed = byPrefix[bucket(token)];
        if (prefixed.length > 0) {
          tryAll(prefixed, scan, i, hits, true);
        }
      }
      if (byNumber.length > 0 && scan.number(i)) {
        tryAll(byNumber, scan, i, hits, false);
      }
    }
    return hits;
  }

  private static int bucket(String word) {
    char c = word.charAt(0);
    return c < 128 ? c : 0;
  }

  private void tryAll(Phrase[] phrases, Scan scan, int start, Hits hits, boolean checkFirst) {
    for (Phrase phrase : phrases) {
      if (checkFirst && !phrase.elements[0].accepts(scan, start)) {
        continue;
      }
      int end = phrase.matchRest(scan, start);
      if (end > start) {
        ListingText text = scan.text;
        boolean negated = negation.denies(scan, start, end);
        hits.add(new Hit(phrase.cue, start, end, text.words(start, end), text.field(start), negated));
      }
    }
  }
}
