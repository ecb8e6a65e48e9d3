package app.worthit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An accepted correction of the facts about a group or event: rule ids set to apply (true) or not
 * (false), listing fields replaced, the explanation shown to everyone, and who accepted it. For an
 * event, {@code groupKey} is the group its organiser named; {@code id} is the server's, or null.
 */
public record Correction(String id, String key, String groupKey, Map<String, Boolean> rules,
    CorrectedFields fields, String explanation, Acceptor acceptedBy) {
  /** Longest explanation accepted. */
  public static final int MAX_EXPLANATION = 500;

  public Correction {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("key is required");
    }
    if (explanation == null || explanation.length() > MAX_EXPLANATION) {
      throw new IllegalArgumentException("explanation is required, at most " + MAX_EXPLANATION + " characters");
    }
    if (acceptedBy == null) {
      throw new IllegalArgumentException("acceptedBy is required");
    }
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules == null ? Map.of() : rules));
    fields = fields == null ? CorrectedFields.NONE : fields;
  }
}
