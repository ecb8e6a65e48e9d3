package app.worthit.rules;

import app.worthit.model.Reason;

/** An entry fee is no rule of its own: it makes a time sink that charges it worse. */
final class EntryFee {
  private EntryFee() {}

  /** The red-flag reason for rule id, worsened and evidenced when the event charges a fee. */
  static Reason worsen(Facts facts, RuleId id, String evidence) {
    if (!facts.hasEntryFee()) {
      return Rules.reason(id, Effects.RED_FLAG, evidence);
    }
    String fee = "entry fee " + Evidence.price(facts.listing().priceCents(), facts.listing().currency());
    return Rules.reason(id, Effects.RED_FLAG + Effects.ENTRY_FEE, Evidence.join(evidence, fee));
  }
}
