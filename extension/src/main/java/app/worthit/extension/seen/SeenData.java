package app.worthit.extension.seen;

import java.util.List;
import java.util.Map;

/** A snapshot of the seen log and of the user's corrected durations (minutes per event key). */
public record SeenData(List<SeenEvent> events, Map<String, Integer> minutes) {
  /** Nothing seen. */
  public static final SeenData EMPTY = new SeenData(List.of(), Map.of());

  public SeenData {
    events = List.copyOf(events);
    minutes = Map.copyOf(minutes);
  }
}
