package app.worthit.rules.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cue of every rule, compiled once and indexed by the vocabulary id of its first word (and of
 * its second, where that is a plain word: {@link WordPairs}), so a listing is read in one linear
 * pass whatever its length: each token costs a hash lookup or two, then only the cues that can start
 * there are tried, comparing ints, never strings.
 */
public final class Lexicon {
  static final int PREFIX_KEY = 3;
  private static final int PREFIX_BUCKETS = 4096;
  private static final Phrase[] NO_PHRASES = new Phrase[0];
  private static final int[] NO_BUCKETS = new int[0];
  private static final int[] NO_IDS = new int[0];

  private final Vocabulary vocabulary = new Vocabulary();
  private final Negation negation = new Negation(vocabulary);
  private final Prefixes prefixTable = new Prefixes();
  // Phrases whose first element names the word, by the word's id, in cue order, except those that
  // pairs holds.
  private final Phrase[][] byWord;
  private final WordPairs pairs;
  // Phrases led by a prefix, bucketed by a hash of the prefix's first three letters (every leading
  // prefix has them), so a token is tried only against prefixes that can be its own.
  private final Phrase[][] byPrefix = new Phrase[PREFIX_BUCKETS][];
  private final Phrase[] byNumber;
  // True at the vocabulary id of each number word.
  private final boolean[] numberWords;
  // Each distinct tag's number, by which hits are filed.
  private final Map<String, Integer> tagIds = new HashMap<>();

  /** Compiles the cues; a malformed pattern fails here, at class initialisation, not per request. */
  public Lexicon(List<Cue> cues) {
    Phrase[] phrases = new Phrase[cues.size()];
    for (int i = 0; i < phrases.length; i++) {
      String tag = cues.get(i).tag();
      Integer id = tagIds.get(tag);
      if (id == null) {
        id = tagIds.size();
        tagIds.put(tag, id);
      }
      phrases[i] = new Phrase(cues.get(i), i, id, vocabulary, prefixTable);
    }
    numberWords = NumberWords.idsIn(vocabulary);
    // Index in two passes (count, then fill) rather than through a list per word: the lexicon is
    // built on every page load in the extension, where each small list is costly.
    int[] perWord = new int[vocabulary.size()];
    int[] perBucket = new int[byPrefix.length];
    int numbers = 0;
    for (Phrase phrase : phrases) {
      Phrase.Element first = phrase.elements[0];
      for (int id : WordPairs.indexes(phrase) ? NO_IDS : first.ids) {
        perWord[id]++;
      }
      for (int b : buckets(first)) {
        perBucket[b]++;
      }
      numbers += first.number ? 1 : 0;
    }
    byWord = new Phrase[perWord.length][];
    for (int id = 0; id < perWord.length; id++) {
      byWord[id] = perWord[id] == 0 ? NO_PHRASES : new Phrase[perWord[id]];
      perWord[id] = 0;
    }
    for (int b = 0; b < byPrefix.length; b++) {
      byPrefix[b] = perBucket[b] == 0 ? NO_PHRASES : new Phrase[perBucket[b]];
      perBucket[b] = 0;
    }
    pairs = new WordPairs(phrases, vocabulary.size());
    byNumber = new Phrase[numbers];
    numbers = 0;
    for (Phrase phrase : phrases) {
      Phrase.Element first = phrase.elements[0];
      for (int id : WordPairs.indexes(phrase) ? NO_IDS : first.ids) {
        byWord[id][perWord[id]++] = phrase;
      }
      for (int b : buckets(first)) {
        byPrefix[b][perBucket[b]++] = phrase;
      }
      if (first.number) {
        byNumber[numbers++] = phrase;
      }
    }
  }

  // The distinct prefix buckets of an element's prefixes, so a phrase is filed once per bucket.
  private static int[] buckets(Phrase.Element first) {
    if (first.prefixes.length == 0) {
      return NO_BUCKETS;
    }
    int[] out = new int[first.prefixes.length];
    int n = 0;
    for (String p : first.prefixes) {
      int b = bucket(p);
      boolean seen = false;
      for (int k = 0; k < n; k++) {
        seen |= out[k] == b;
      }
      if (!seen) {
        out[n++] = b;
      }
    }
    int[] distinct = new int[n];
    System.arraycopy(out, 0, distinct, 0, n);
    return distinct;
  }

  /** Every place a cue matches in the text, in text order. */
  public Hits scan(ListingText text) {
    Hits hits = new Hits(tagIds);
    Scan scan = new Scan(text, vocabulary, prefixTable, numberWords);
    for (int i = 0; i < scan.size; i++) {
      if (scan.marks[i]) {
        continue;
      }
      int id = scan.ids[i];
      if (id != Vocabulary.NONE) {
        // Every phrase listed under the token's id, or under it and the next word's, accepts the
        // token as first word (and the next as second) by construction.
        Phrase[] paired = NO_PHRASES;
        if (pairs.leads(id) && i + 1 < scan.size && scan.ids[i + 1] != Vocabulary.NONE) {
          paired = pairs.get(id, scan.ids[i + 1]);
        }
        if (paired.length == 0) {
          tryAll(byWord[id], scan, i, hits, false);
        } else {
          tryInOrder(byWord[id], paired, scan, i, hits);
        }
      }
      if (text.length(i) >= PREFIX_KEY) {
        Phrase[] prefixed = byPrefix[bucket(text.charAt(i, 0), text.charAt(i, 1), text.charAt(i, 2))];
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

  // Of a word of at least PREFIX_KEY characters.
  private static int bucket(String word) {
    return bucket(word.charAt(0), word.charAt(1), word.charAt(2));
  }

  private static int bucket(char first, char second, char third) {
    return ((first * 31 + second) * 31 + third) & (PREFIX_BUCKETS - 1);
  }

  private void tryAll(Phrase[] phrases, Scan scan, int start, Hits hits, boolean checkFirst) {
    for (Phrase phrase : phrases) {
      if (!checkFirst || phrase.elements[0].accepts(scan, start)) {
        tryOne(phrase, scan, start, hits);
      }
    }
  }

  // Both lists in cue order, merged, so hits at one token come in the same order however indexed.
  private void tryInOrder(Phrase[] some, Phrase[] others, Scan scan, int start, Hits hits) {
    int i = 0;
    int j = 0;
    while (i < some.length || j < others.length) {
      boolean fromSome = j == others.length || (i < some.length && some[i].index < others[j].index);
      tryOne(fromSome ? some[i++] : others[j++], scan, start, hits);
    }
  }

  private void tryOne(Phrase phrase, Scan scan, int start, Hits hits) {
    int end = phrase.matchRest(scan, start);
    if (end > start) {
      ListingText text = scan.text;
      boolean negated = negation.denies(scan, start, end);
      hits.add(phrase.tag, new Hit(phrase.cue, start, end, text, text.field(start), negated));
    }
  }
}
