package app.worthit.rules;

import app.worthit.model.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Weighs good signs against red flags: each good sign after the first adds less, and while any red
 * flag stands the good signs together can lift the score to maybe at best, never to worth-it.
 */
final class Balance {
  private Balance() {}

  /** The fired reasons with the good signs' effects adjusted; order is kept. */
  static List<Reason> apply(List<Reason> fired) {
    int red = 0;
    for (Reason r : fired) {
      if (isRed(r)) {
        red += r.effect();
      }
    }
    int budget = red < 0 ? -red + (Levels.WORTH_IT_FROM - 1 - Effects.NEUTRAL) : Integer.MAX_VALUE;
    List<Reason> out = new ArrayList<>(fired.size());
    boolean first = true;
    for (Reason r : fired) {
      if (isRed(r) || r.effect() <= 0) {
        out.add(r);
        continue;
      }
      int effect = first ? r.effect() : Math.min(r.effect(), Effects.EXTRA_GREEN_FLAG);
      first = false;
      effect = Math.min(effect, budget);
      budget -= effect;
      out.add(effect == r.effect() ? r : new Reason(r.rule(), effect, r.text(), r.evidence()));
    }
    return out;
  }

  private static boolean isRed(Reason r) {
    RuleId id = RuleId.fromId(r.rule());
    return id != null && id.isRedFlag();
  }
}
