package app.worthit.rules.text;

/** The parts of a listing whose words are read, in reading order. */
public enum Field {
  TITLE,
  GROUP_NAME,
  DESCRIPTION,
  GROUP_DESCRIPTION;

  /** True for the short naming fields (event title and group name), as opposed to free text. */
  public boolean isName() {
    return this == TITLE || this == GROUP_NAME;
  }
}
