package app.worthit.rules;

import app.worthit.model.Acceptor;
import app.worthit.model.CorrectedFields;
import app.worthit.model.Correction;
import app.worthit.model.SubjectKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted corrections that apply to one listing, merged: the group's first, then the event's,
 * each in the order given, a later one overriding an earlier one rule by rule and field by field.
 */
public final class Corrections {
  /** No correction at all. */
  public static final Corrections NONE = new Corrections(List.of());

  private final List<Correction> applied;
  private final Map<RuleId, Correction> ruleSources = new LinkedHashMap<>();
  private final Map<RuleId, Boolean> rules = new LinkedHashMap<>();
  private final Map<String, Correction> fieldSources = new LinkedHashMap<>();
  private CorrectedFields fields = CorrectedFields.NONE;

  private Corrections(List<Correction> applied) {
    this.applied = List.copyOf(applied);
    for (Correction c : applied) {
      for (Map.Entry<String, Boolean> e : c.rules().entrySet()) {
        RuleId id = RuleId.fromId(e.getKey());
        if (isCorrectable(e.getKey()) && e.getValue() != null) {
          rules.put(id, e.getValue());
          ruleSources.put(id, c);
        }
      }
      fields = c.fields().over(fields);
      noteFields(c);
    }
  }

  /**
   * The corrections of {@code known} that apply to the listing {@code listingKey} of group
   * {@code groupKey} (null when unknown; a group's own key stands for itself). An organiser's event
   * correction applies only when the group it names is the listing's group, so an organiser cannot
   * reach another group's events by naming their own group; a reviewed one applies to its event.
   */
  public static Corrections select(String listingKey, String groupKey, List<Correction> known) {
    String group = groupKey == null && SubjectKeys.isGroup(listingKey) ? listingKey : groupKey;
    List<Correction> groupLevel = new ArrayList<>();
    List<Correction> eventLevel = new ArrayList<>();
    for (Correction c : known) {
      if (group != null && c.key().equals(group)) {
        groupLevel.add(c);
      } else if (c.key().equals(listingKey) && !SubjectKeys.isGroup(listingKey)
          && (c.acceptedBy() == Acceptor.REVIEW || (group != null && group.equals(c.groupKey())))) {
        eventLevel.add(c);
      }
    }
    groupLevel.addAll(eventLevel);
    return new Corrections(groupLevel);
  }

  /** True for the ids of the rules a correction may set: the ten rules of RULES.md. */
  public static boolean isCorrectable(String ruleId) {
    for (Rule r : Rules.ALL) {
      if (r.id().id().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }

  /** The corrections merged here, in the order applied. */
  public List<Correction> applied() {
    return applied;
  }

  /** True when nothing is corrected. */
  public boolean isEmpty() {
    return applied.isEmpty();
  }

  /** True when a correction sets whether any rule applies. */
  public boolean decidesAnyRule() {
    return !rules.isEmpty();
  }

  /** True when a correction sets whether {@code id} applies. */
  public boolean decides(RuleId id) {
    return rules.containsKey(id);
  }

  /** Whether a correction says {@code id} applies; only meaningful when {@link #decides}. */
  public boolean applies(RuleId id) {
    return Boolean.TRUE.equals(rules.get(id));
  }

  /** The correction that decided {@code id}, or null. */
  public Correction sourceOf(RuleId id) {
    return ruleSources.get(id);
  }

  private void noteFields(Correction c) {
    CorrectedFields f = c.fields();
    if (f.priceCents() != null) {
      fieldSources.put("price", c);
    }
    if (f.recurrence() != null) {
      fieldSources.put("recurrence", c);
    }
    if (f.attendeeCount() != null) {
      fieldSources.put("attendees", c);
    }
    if (f.online() != null) {
      fieldSources.put("online", c);
    }
  }

  /** The names of the fields ("price", "recurrence", "attendees", "online") whose value {@code c} set. */
  public List<String> fieldsFrom(Correction c) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Correction> e : fieldSources.entrySet()) {
      if (e.getValue() == c) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** The merged corrected fields. */
  public CorrectedFields fields() {
    return fields;
  }
}
