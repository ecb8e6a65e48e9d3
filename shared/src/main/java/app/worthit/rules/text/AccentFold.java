package app.worthit.rules.text;

/**
 * Folds common accented Latin letters to plain ASCII by table, because java.text.Normalizer is not in
 * TeaVM's class library.
 */
final class AccentFold {
  private static final int FIRST = 0xC0;
  private static final String[] TABLE = build();

  private AccentFold() {}

  /** The ASCII letters for a lowercase or uppercase accented Latin letter, or null if none. */
  static String fold(char c) {
    int i = c - FIRST;
    return i >= 0 && i < TABLE.length ? TABLE[i] : null;
  }

  private static String[] build() {
    // One code per character from U+00C0 to U+017F; digits stand for the multi-letter folds below.
    String latin1 = "aaaaaa1ceeeeiiiidnooooo_ouuuuy3" + "2aaaaaa1ceeeeiiiidnooooo_ouuuuy3y";
    String extendedA = "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii"
        + "44" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "55" + "rrrrrr" + "ssssssss"
        + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s";
    String codes = latin1 + extendedA;
    String[] table = new String[codes.length()];
    for (int i = 0; i < codes.length(); i++) {
      char code = codes.charAt(i);
      table[i] = switch (code) {
        case '1' -> "ae";
        case '2' -> "ss";
        case '3' -> "th";
        case '4' -> "ij";
        case '5' -> "oe";
        case '_' -> null;
        default -> String.valueOf(code);
      };
    }
    return table;
  }
}
