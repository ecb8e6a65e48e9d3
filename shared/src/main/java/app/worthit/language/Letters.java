package app.worthit.language;

/**
 * Which languages write an accented letter: the tie-breaker between languages whose function words
 * score alike (Spanish and Portuguese share many), and a second clue in a short title.
 */
final class Letters {
  private static final int DE = Language.GERMAN.bit();
  private static final int FR = Language.FRENCH.bit();
  private static final int ES = Language.SPANISH.bit();
  private static final int IT = Language.ITALIAN.bit();
  private static final int NL = Language.DUTCH.bit();
  private static final int PT = Language.PORTUGUESE.bit();

  private Letters() {}

  /** The mask of the languages that write the lowercase letter c, or 0 for a letter all or none use. */
  static int mask(char c) {
    return switch (c) {
      case 'ä', 'ö', 'ü', 'ß' -> DE;
      case 'ñ', '¿', '¡' -> ES;
      case 'ã', 'õ' -> PT;
      case 'ì', 'ò' -> IT;
      case 'ç', 'â', 'ê', 'ô' -> FR | PT;
      case 'è', 'ù' -> FR | IT;
      case 'à' -> FR | IT | PT;
      case 'î', 'û', 'ï', 'œ' -> FR;
      case 'ë' -> FR | NL;
      case 'á', 'í', 'ó', 'ú' -> ES | PT;
      case 'é' -> FR | ES | PT | IT;
      default -> 0;
    };
  }

  /** True when exactly one language writes c: a clue on its own, not only a tie-breaker. */
  static boolean isUnique(int mask) {
    return mask != 0 && (mask & (mask - 1)) == 0;
  }
}
