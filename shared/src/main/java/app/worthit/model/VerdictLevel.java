package app.worthit.model;

/** The three answers to "is this event worth a job seeker's time?". */
public enum VerdictLevel {
  WORTH_IT("worth-it"),
  MAYBE("maybe"),
  SKIP("skip");

  private final String wire;

  VerdictLevel(String wire) {
    this.wire = wire;
  }

  /** The name used in JSON and in the overlay's data attributes. */
  public String wire() {
    return wire;
  }

  /** The level of a wire name, or null if the name is unknown. */
  public static VerdictLevel fromWire(String name) {
    for (VerdictLevel v : values()) {
      if (v.wire.equals(name)) {
        return v;
      }
    }
    return null;
  }
}
