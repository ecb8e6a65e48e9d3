package app.worthit.rules.text;

/** A listing's tokens as the lexicon reads them: vocabulary ids, word flags and number flags. */
final class Scan {
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  final ListingText text;
  final int size;
  final int[] ids;
  final boolean[] word;
  // Whether a token is a number, worked out on first need since most tokens are never asked.
  private final byte[] numbers;

  Scan(ListingText text, Vocabulary vocabulary) {
    this.text = text;
    size = text.size();
    ids = new int[size];
    word = new boolean[size];
    numbers = new byte[size];
    for (int i = 0; i < size; i++) {
      word[i] = text.isWord(i);
      ids[i] = word[i] ? vocabulary.idOf(text.token(i)) : Vocabulary.NONE;
    }
  }

  /** True if the token at i stands for a number. */
  boolean number(int i) {
    byte known = numbers[i];
    if (known == UNKNOWN) {
      known = Tokenizer.isNumber(text.token(i)) ? YES : NO;
      numbers[i] = known;
    }
    return known == YES;
  }
}
