package app.worthit.server.moderation;

import app.worthit.model.CorrectedFields;
import java.util.Map;

/** A validated correction request: the key, the event's group if named, rules, fields and explanation. */
public record CorrectionDraft(String key, String groupKey, Map<String, Boolean> rules, CorrectedFields fields,
    String explanation) {}
