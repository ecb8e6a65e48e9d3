package app.worthit.rules.text;

/**
 * Where a cue matched: tokens start (inclusive) to end (exclusive), and whether it was negated. The
 * matched words are joined only when a rule asks for them: cue-dense text has thousands of hits, and
 * most are only counted.
 */
public final class Hit {
  private final Cue cue;
  private final int start;
  private final int end;
  private final Field field;
  private final boolean negated;
  private final ListingText text;
  private String words;

  /** A hit whose words are the given text's tokens from start to end. */
  Hit(Cue cue, int start, int end, ListingText text, Field field, boolean negated) {
    this(cue, start, end, null, text, field, negated);
  }

  /** A hit whose words are given. */
  public Hit(Cue cue, int start, int end, String words, Field field, boolean negated) {
    this(cue, start, end, words, null, field, negated);
  }

  private Hit(Cue cue, int start, int end, String words, ListingText text, Field field, boolean negated) {
    this.cue = cue;
    this.start = start;
    this.end = end;
    this.words = words;
    this.text = text;
    this.field = field;
    this.negated = negated;
  }

  public Cue cue() {
    return cue;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** The matched words, joined by single spaces. */
  public String words() {
    if (words == null) {
      words = text.words(start, end);
    }
    return words;
  }

  /** True if the matched words are exactly word (one word), read without joining them. */
  public boolean wordsAre(String word) {
    if (words == null && word.indexOf(' ') < 0) {
      return end == start + 1 && text.is(start, word);
    }
    return words().equals(word);
  }

  /** True if the matched words start with prefix (part of one word), read without joining them. */
  public boolean wordsStartWith(String prefix) {
    if (words == null && prefix.indexOf(' ') < 0) {
      return text.startsWith(start, prefix);
    }
    return words().startsWith(prefix);
  }

  /** True if both hits matched the same words. */
  public boolean sameWords(Hit other) {
    if (words == null && other.words == null && text == other.text) {
      return text.sameWords(start, end, other.start, other.end);
    }
    return words().equals(other.words());
  }

  public Field field() {
    return field;
  }

  public boolean negated() {
    return negated;
  }

  @Override
  public String toString() {
    return "Hit[" + cue.tag() + " \"" + words() + "\" " + start + ".." + end + (negated ? " negated" : "") + "]";
  }
}
