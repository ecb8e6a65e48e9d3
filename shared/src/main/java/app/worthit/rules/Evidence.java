package app.worthit.rules;

import app.worthit.rules.text.Hit;
import app.worthit.rules.text.Hits;
import java.util.ArrayList;
import java.util.List;

/** Short human-readable evidence strings: the phrases that fired a rule and the facts behind it. */
final class Evidence {
  private static final int MAX_PHRASES = 3;

  private Evidence() {}

  /** The distinct matched phrases, quoted: "support circle", "share your struggles". */
  static String quoted(List<Hit> hits) {
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      if (!overlapsAny(h, kept)) {
        kept.add(h);
      }
    }
    StringBuilder b = new StringBuilder();
    for (String p : Hits.phrases(kept, MAX_PHRASES)) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('"').append(p).append('"');
    }
    return b.toString();
  }

  private static boolean overlapsAny(Hit h, List<Hit> others) {
    for (Hit o : others) {
      if (h.start() < o.end() && o.start() < h.end()) {
        return true;
      }
    }
    return false;
  }

  /** The non-empty parts joined by "; ". */
  static String join(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        kept.add(p);
      }
    }
    return String.join("; ", kept);
  }

  /** A price such as "20.00 USD" from cents and a currency code (which may be null). */
  static String price(int cents, String currency) {
    int rest = cents % 100;
    String amount = (cents / 100) + "." + (rest < 10 ? "0" : "") + rest;
    return currency == null || currency.isEmpty() ? amount : amount + " " + currency;
  }
}
