package app.worthit.rules;

/** The nominal score effects: a red flag weighs more than a good sign (RULES.md, "The verdict"). */
final class Effects {
  /** Where every listing starts before any rule speaks. */
  static final int NEUTRAL = 50;
  /** One red flag alone takes a listing from neutral well into skip. */
  static final int RED_FLAG = -30;
  /** What an entry fee adds to a time sink that charges one. */
  static final int ENTRY_FEE = -10;
  /** One good sign alone takes a listing from neutral into worth-it. */
  static final int GREEN_FLAG = 25;
  /** Each further good sign adds less than the first. */
  static final int EXTRA_GREEN_FLAG = 10;
  /** An association of the user's own industry is worth a little more to them. */
  static final int OWN_INDUSTRY = 5;

  private Effects() {}
}
