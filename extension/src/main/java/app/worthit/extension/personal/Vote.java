package app.worthit.extension.personal;

/** The user's own answer for an event they know. */
public enum Vote {
  WORTH_IT("worth-it"),
  NOT_WORTH_IT("not-worth-it");

  private final String wire;

  Vote(String wire) {
    this.wire = wire;
  }

  /** The name in records. */
  public String wire() {
    return wire;
  }

  /** The vote of a wire name, or null. */
  public static Vote fromWire(String name) {
    for (Vote v : values()) {
      if (v.wire.equals(name)) {
        return v;
      }
    }
    return null;
  }
}
