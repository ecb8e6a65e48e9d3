package app.worthit.sync;

/** Identifies one record of a user: its kind and its key (an event subject key, or "profile"). */
public record RecordId(RecordKind kind, String key) implements Comparable<RecordId> {
  public RecordId {
    java.util.Objects.requireNonNull(kind);
    java.util.Objects.requireNonNull(key);
  }

  @Override
  public int compareTo(RecordId other) {
    int byKind = kind.wireName().compareTo(other.kind.wireName());
    return byKind != 0 ? byKind : key.compareTo(other.key);
  }
}
