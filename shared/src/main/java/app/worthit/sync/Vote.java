package app.worthit.sync;

/** The two votes a rating can carry, as written on the wire. */
public final class Vote {
  /** The event was worth the time. */
  public static final String WORTH_IT = "worth-it";
  /** The event was not worth the time. */
  public static final String NOT_WORTH_IT = "not-worth-it";

  private Vote() {}
}
