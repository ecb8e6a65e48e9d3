package app.worthit.model;

/** How often an event's series meets. */
public enum Recurrence {
  NONE("none"),
  WEEKLY("weekly"),
  BIWEEKLY("biweekly"),
  MONTHLY("monthly"),
  IRREGULAR("irregular");

  private final String wire;

  Recurrence(String wire) {
    this.wire = wire;
  }

  /** The name used in JSON. */
  public String wire() {
    return wire;
  }

  /** The recurrence of a wire name, or null if the name is unknown. */
  public static Recurrence fromWire(String name) {
    for (Recurrence r : values()) {
      if (r.wire.equals(name)) {
        return r;
      }
    }
    return null;
  }
}
