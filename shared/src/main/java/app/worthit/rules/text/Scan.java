package app.worthit.rules.text;

/** A listing's tokens as the lexicon reads them: vocabulary ids, mark flags and number flags. */
final class Scan {
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  final ListingText text;
  final int size;
  final int[] ids;
  /** Whether each token is a clause mark rather than a word (the text's own flags, not a copy). */
  final boolean[] marks;
  // Whether a token is a number, worked out on first need since most tokens are never asked.
  private final byte[] numbers;
  // Backtracking state of Phrase.matchRest, reused for every phrase tried on this listing.
  private int[] from = new int[8];
  private int[] choice = new int[8];

  // True at the vocabulary id of each number word ("two", "dozen").
  private final boolean[] numberWords;
  private final Prefixes prefixes;
  private final int maskWords;
  // Each token's prefix mask (maskWords ints a token), worked out on first need like numbers.
  private int[] masks;
  private boolean[] masked;

  Scan(ListingText text, Vocabulary vocabulary, Prefixes prefixes, boolean[] numberWords) {
    this.text = text;
    this.numberWords = numberWords;
    this.prefixes = prefixes;
    maskWords = prefixes.maskWords();
    size = text.size();
    ids = new int[size];
    marks = text.marks();
    numbers = new byte[size];
    for (int i = 0; i < size; i++) {
      ids[i] = marks[i] ? Vocabulary.NONE : text.idIn(vocabulary, i);
    }
  }

  /** True if the token at i stands for a number ({@link Tokenizer#isNumber}), read without its String. */
  boolean number(int i) {
    byte known = numbers[i];
    if (known == UNKNOWN) {
      int id = ids[i];
      known = text.isDigits(i) || (id >= 0 && id < numberWords.length && numberWords[id]) ? YES : NO;
      numbers[i] = known;
    }
    return known == YES;
  }

  /** True if the token at i starts with one of the prefixes whose ids are set in bits. */
  boolean startsWithAny(int i, int[] bits) {
    if (masks == null) {
      masks = new int[size * maskWords];
      masked = new boolean[size];
    }
    int at = i * maskWords;
    if (!masked[i]) {
      prefixes.mask(text, i, masks, at);
      masked[i] = true;
    }
    int n = Math.min(bits.length, maskWords);
    for (int w = 0; w < n; w++) {
      if ((masks[at + w] & bits[w]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Scratch space for n pattern elements: where each starts. */
  int[] from(int n) {
    if (from.length < n) {
      from = new int[n];
    }
    return from;
  }

  /** Scratch space for n pattern elements: which alternative each has taken. */
  int[] choice(int n) {
    if (choice.length < n) {
      choice = new int[n];
    }
    return choice;
  }
}
