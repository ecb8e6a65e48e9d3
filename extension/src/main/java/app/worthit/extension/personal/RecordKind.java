package app.worthit.extension.personal;

/** The kinds of personal record, named as the sync server names them. */
public enum RecordKind {
  RATING("rating"),
  ATTENDED("attended"),
  NOTE("note"),
  PROFILE("profile");

  private final String wire;

  RecordKind(String wire) {
    this.wire = wire;
  }

  /** The name in stored records and exports. */
  public String wire() {
    return wire;
  }

  /** The kind of a wire name, or null if unknown. */
  public static RecordKind fromWire(String name) {
    for (RecordKind k : values()) {
      if (k.wire.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
