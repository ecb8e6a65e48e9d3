package app.worthit.model;

/** Who made a correction count: the group's verified organiser, or an admin's review. */
public enum Acceptor {
  ORGANISER("organiser", "Corrected by the group's organiser"),
  REVIEW("review", "Corrected by review");

  private final String wire;
  private final String credit;

  Acceptor(String wire, String credit) {
    this.wire = wire;
    this.credit = credit;
  }

  /** The name used in JSON. */
  public String wire() {
    return wire;
  }

  /** The words a reason starts with to say who corrected the facts. */
  public String credit() {
    return credit;
  }

  /** The acceptor of a wire name, or null if the name is unknown. */
  public static Acceptor fromWire(String name) {
    for (Acceptor a : values()) {
      if (a.wire.equals(name)) {
        return a;
      }
    }
    return null;
  }
}
