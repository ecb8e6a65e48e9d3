package app.worthit.language;

/** The languages the detector tells apart; the rules read English only. */
public enum Language {
  ENGLISH("en", "English"),
  GERMAN("de", "German"),
  FRENCH("fr", "French"),
  SPANISH("es", "Spanish"),
  ITALIAN("it", "Italian"),
  DUTCH("nl", "Dutch"),
  PORTUGUESE("pt", "Portuguese");

  private final String code;
  private final String englishName;

  Language(String code, String englishName) {
    this.code = code;
    this.englishName = englishName;
  }

  /** The ISO 639-1 code, as it appears on the wire. */
  public String code() {
    return code;
  }

  /** The language's name in English, as the user reads it in a reason. */
  public String englishName() {
    return englishName;
  }

  /** The bit of this language in a language mask. */
  int bit() {
    return 1 << ordinal();
  }
}
