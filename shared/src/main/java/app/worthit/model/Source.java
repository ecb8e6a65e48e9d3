package app.worthit.model;

/** The site a listing comes from. */
public enum Source {
  MEETUP("meetup"),
  EVENTBRITE("eventbrite"),
  OTHER("other");

  private final String wire;

  Source(String wire) {
    this.wire = wire;
  }

  /** The name used in JSON. */
  public String wire() {
    return wire;
  }

  /** The source of a wire name, or null if the name is unknown. */
  public static Source fromWire(String name) {
    for (Source s : values()) {
      if (s.wire.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
