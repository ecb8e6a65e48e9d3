package app.worthit.extract;

import app.worthit.json.JsonValue;
import app.worthit.text.Chars;
import java.util.List;
import java.util.Set;

/** Prices as integer cents, read from JSON numbers, decimal strings or card text. */
final class Money {
  private static final List<String> FREE = List.of("free", "gratis", "gratuit", "kostenlos", "gratuito");
  private static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "DKK",
      "NOK", "PLN", "BRL", "MXN", "SGD", "HKD", "JPY", "INR");

  private Money() {}

  /** Cents of a JSON amount in major units (10, 10.5, "2.50", "450.0"), or null. */
  static Integer cents(JsonValue v) {
    if (v instanceof JsonValue.Num n) {
      return decimalCents(n.text());
    }
    String s = v.asString();
    return s == null ? null : decimalCents(s.trim());
  }

  /** Cents of a plain decimal string such as "2.50", "1,250.00" or "12,50"; null otherwise. */
  static Integer decimalCents(String s) {
    if (s == null || s.isEmpty() || s.length() > 20) {
      return null;
    }
    String t = s;
    int comma = t.lastIndexOf(',');
    int dot = t.lastIndexOf('.');
    if (comma > dot && t.length() - comma == 3) {
      t = t.replace(".", "").replace(',', '.'); // decimal comma: "1.234,50"
    } else {
      t = t.replace(",", "");
    }
    int point = t.indexOf('.');
    String whole = point < 0 ? t : t.substring(0, point);
    String frac = point < 0 ? "" : t.substring(point + 1);
    if (whole.isEmpty() || whole.length() > 7 || !digits(whole) || !digits(frac)) {
      return null;
    }
    int cents = frac.isEmpty() ? 0 : (frac.length() == 1 ? (frac.charAt(0) - '0') * 10
        : (frac.charAt(0) - '0') * 10 + (frac.charAt(1) - '0'));
    return Integer.parseInt(whole) * 100 + cents;
  }

  /** Cents of a price shown as text ("Free", "From £10.00", "0.00 USD"), or null. */
  static Integer fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (saysFree(t)) {
      return 0;
    }
    if (currencyOf(t) == null && t.indexOf('$') < 0) {
      return null;
    }
    int start = 0;
    while (start < t.length() && !isDigit(t.charAt(start))) {
      start++;
    }
    if (start == t.length()) {
      return null;
    }
    int end = start;
    while (end < t.length() && (isDigit(t.charAt(end)) || t.charAt(end) == '.' || t.charAt(end) == ',')) {
      end++;
    }
    return decimalCents(t.substring(start, end));
  }

  /** The ISO currency a price text names by code or unambiguous symbol, or null. */
  static String currencyOf(String text) {
    if (text == null) {
      return null;
    }
    String code = codeIn(text);
    if (code != null) {
      return code;
    }
    if (text.indexOf('\u00a3') >= 0) {
      return "GBP";
    }
    if (text.indexOf('\u20ac') >= 0) {
      return "EUR";
    }
    if (text.indexOf('\u20b9') >= 0) {
      return "INR";
    }
    if (text.contains("CA$")) {
      return "CAD";
    }
    if (text.contains("A$")) {
      return "AUD";
    }
    if (text.contains("US$")) {
      return "USD";
    }
    return null;
  }

  /** The first ISO currency code standing as a word of its own in the text, or null. */
  static String codeIn(String text) {
    for (int i = 0; i + 3 <= text.length(); i++) {
      if ((i == 0 || !Chars.isWordChar(text.charAt(i - 1)))
          && (i + 3 == text.length() || !Chars.isWordChar(text.charAt(i + 3)))
          && CODES.contains(text.substring(i, i + 3))) {
        return text.substring(i, i + 3);
      }
    }
    return null;
  }

  /** True if the text opens with a word for free ("Free", "Gratis ..."), ASCII case ignored. */
  private static boolean saysFree(String t) {
    for (String word : FREE) {
      if (Chars.hasWordAt(t, 0, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
