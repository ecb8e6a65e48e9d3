package app.worthit.rules.text;

/**
 * A fixed set of words that a listing's tokens are looked up in by their characters, so asking
 * about the words around thousands of hits makes no String for any of them.
 */
public final class WordSet {
  private final Vocabulary words = new Vocabulary();

  private WordSet(String... words) {
    for (String w : words) {
      this.words.add(w);
    }
  }

  /** The set of the given words. */
  public static WordSet of(String... words) {
    return new WordSet(words);
  }

  /** True if the token at i of text is one of the words. */
  boolean contains(ListingText text, int i) {
    return text.idIn(words, i) != Vocabulary.NONE;
  }
}
