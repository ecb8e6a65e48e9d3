package app.worthit.extension.digest;

/** Where an event happens, as the week's filter asks: any, online, or in person. */
public enum Place {
  ANY("any"),
  ONLINE("online"),
  IN_PERSON("in-person");

  private final String wire;

  Place(String wire) {
    this.wire = wire;
  }

  /** The value of the filter's control. */
  public String wire() {
    return wire;
  }

  /** The place of a control value; anything unknown is ANY. */
  public static Place fromWire(String name) {
    for (Place p : values()) {
      if (p.wire.equals(name)) {
        return p;
      }
    }
    return ANY;
  }

  /**
   * Whether an event with this online flag passes. An event whose listing does not say is counted
   * as in person: the sites flag online events, and in-person ones often go unmarked.
   */
  public boolean admits(Boolean online) {
    return switch (this) {
      case ANY -> true;
      case ONLINE -> Boolean.TRUE.equals(online);
      case IN_PERSON -> !Boolean.TRUE.equals(online);
    };
  }
}
