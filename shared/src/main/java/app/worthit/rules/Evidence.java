package app.worthit.rules;

import app.worthit.rules.text.Hit;
import java.util.ArrayList;
import java.util.List;

/** Short human-readable evidence strings: the phrases that fired a rule and the facts behind it. */
final class Evidence {
  private static final int MAX_PHRASES = 3;

  private Evidence() {}

  /**
   * The first distinct matched phrases, quoted: "support circle", "share your struggles". A hit
   * overlapping an earlier kept one is skipped; reading stops at the third phrase.
   */
  static String quoted(List<Hit> hits) {
    // The first hit of each phrase; a long text repeating its phrases is read to the end, so the
    // others are compared by their tokens rather than joined into strings.
    List<Hit> phrases = new ArrayList<>(MAX_PHRASES);
    Spans kept = new Spans();
    for (Hit h : hits) {
      if (phrases.size() == MAX_PHRASES) {
        break;
      }
      if (!kept.overlaps(h.start(), h.end())) {
        kept.add(h.start(), h.end());
        if (!sameWordsAsAny(phrases, h)) {
          phrases.add(h);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    for (Hit p : phrases) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('"').append(p.words()).append('"');
    }
    return b.toString();
  }

  private static boolean sameWordsAsAny(List<Hit> phrases, Hit h) {
    for (Hit p : phrases) {
      if (p.sameWords(h)) {
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
