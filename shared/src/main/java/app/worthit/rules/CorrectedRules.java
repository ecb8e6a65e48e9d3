package app.worthit.rules;

import app.worthit.model.CorrectedFields;
import app.worthit.model.Correction;
import app.worthit.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules as accepted corrections decide them: a rule set false cannot fire, a rule set true fires
 * with the correction's explanation as evidence, and every correction that changed something not
 * shown by a fired rule gets a neutral reason, so the verdict always says who corrected what and why.
 */
final class CorrectedRules {
  private CorrectedRules() {}

  /** The rule's reason: its own judgement, or the correction's when one decides it. */
  static Optional<Reason> evaluate(Rule rule, Facts facts, Corrections corrections) {
    RuleId id = rule.id();
    if (!corrections.decides(id)) {
      return rule.evaluate(facts);
    }
    if (!corrections.applies(id)) {
      return Optional.empty();
    }
    Correction source = corrections.sourceOf(id);
    Reason base = id.isRedFlag()
        ? EntryFee.worsen(facts, id, source.explanation())
        : Rules.reason(id, Effects.GREEN_FLAG, source.explanation());
    String text = id.explanation() + " " + source.acceptedBy().credit() + ".";
    return Optional.of(new Reason(id.id(), base.effect(), text, base.evidence()));
  }

  /** A neutral reason per correction that set a rule false or a field, in the order applied. */
  static List<Reason> notes(Corrections corrections) {
    List<Reason> out = new ArrayList<>();
    for (Correction c : corrections.applied()) {
      List<String> parts = new ArrayList<>();
      for (RuleId id : RuleId.values()) {
        if (corrections.sourceOf(id) == c && !corrections.applies(id)) {
          parts.add(id.id() + " does not apply");
        }
      }
      for (String field : corrections.fieldsFrom(c)) {
        parts.add(describe(field, corrections.fields()));
      }
      if (!parts.isEmpty()) {
        String text = c.acceptedBy().credit() + ": " + String.join("; ", parts) + ".";
        out.add(new Reason(RuleId.CORRECTION.id(), 0, text, c.explanation().isEmpty() ? null : c.explanation()));
      }
    }
    return out;
  }

  private static String describe(String field, CorrectedFields f) {
    return switch (field) {
      case "price" -> f.priceCents() == 0 ? "free entry" : "entry fee " + Evidence.price(f.priceCents(), null);
      case "recurrence" -> "meets " + (f.recurrence().wire().equals("none") ? "once" : f.recurrence().wire());
      case "attendees" -> f.attendeeCount() + " attendees";
      default -> Boolean.TRUE.equals(f.online()) ? "online" : "in person";
    };
  }
}
