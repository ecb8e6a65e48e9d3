package app.worthit.extract;

import app.worthit.text.Chars;
import java.util.List;

/** What an event card in the DOM shows: title, time, price, attendees, online. */
final class EventCard {
  private static final List<String> ATTENDANCE_WORDS = List.of("attendees", "attendee", "going", "attending");
  private static final int MAX_PRICE_TEXT = 30;
  /** Shortest half taken for a repeated title: "Go Go" or "Bora Bora" are titles in their own right. */
  private static final int MIN_REPEATED = 8;

  private EventCard() {}

  static EventDraft read(String url, Page.Element link, Page.Element card) {
    String text = squash(card.text());
    String paid = link.attr("data-event-paid-status");
    Integer price = "free".equals(paid) ? Integer.valueOf(0) : null;
    String currency = null;
    if (price == null) {
      for (Page.Element p : card.select("p, span")) {
        String t = squash(p.text());
        if (t.length() <= MAX_PRICE_TEXT && Money.fromText(t) != null) {
          price = Money.fromText(t);
          currency = Money.currencyOf(t);
          break;
        }
      }
    }
    String going = attendeeNumber(text);
    Integer attendees = going != null ? count(going) : null;
    String location = link.attr("data-event-location");
    Boolean online = "online".equalsIgnoreCase(location) || text.contains("Online event") ? Boolean.TRUE : null;
    return new EventDraft(url, title(link, card), null, null, null, start(card), null, null, price,
        currency, attendees, null, online);
  }

  /**
   * The number in the first "42 attendees", "12 going" or "3 attending" of a card's text (digits,
   * commas and dots, then white space, then the word), or null.
   */
  static String attendeeNumber(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isNumberChar(text.charAt(i))) {
        i++;
        continue;
      }
      // A run of digits, commas and dots: the number starts at its first digit and ends with it.
      int end = i;
      while (end < n && isNumberChar(text.charAt(end))) {
        end++;
      }
      int first = i;
      while (first < end && !isDigit(text, first)) {
        first++;
      }
      int word = end;
      while (word < n && Chars.isRegexSpace(text.charAt(word))) {
        word++;
      }
      if (first < end && word > end && startsWithWord(text, word)) {
        return text.substring(first, end);
      }
      i = end;
    }
    return null;
  }

  private static boolean startsWithWord(String text, int at) {
    for (String w : ATTENDANCE_WORDS) {
      if (Chars.hasWordAt(text, at, w)) {
        return true;
      }
    }
    return false;
  }

  /** yyyy-mm-dd at the start, and no line break after it (a regex "^[0-9]{4}-[0-9]{2}-[0-9]{2}.*"). */
  static boolean isIsoStart(String s) {
    if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && !isDigit(s, i)) {
        return false;
      }
    }
    for (int i = 10; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(String s, int i) {
    return s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  }

  private static Integer count(String digits) {
    String d = digits.replace(",", "").replace(".", "");
    return d.isEmpty() || d.length() > 9 ? null : Integer.valueOf(Integer.parseInt(d));
  }

  /** The title: in the link first (Meetup), then in the card (Eventbrite's h3 beside the link),
   *  smaller headings before larger ones, which are more often a section's header. */
  private static String title(Page.Element link, Page.Element card) {
    String t = first(link, "h1, h2, h3, h4, [class*=itle]");
    for (String selector : new String[] {"h3, h4", "[class*=itle]", "h2", "h1"}) {
      if (t == null) {
        t = first(card, selector);
      }
    }
    if (t != null) {
      return t;
    }
    String label = link.attr("aria-label");
    if (label != null && label.startsWith("View ")) {
      label = label.substring(5);
    }
    t = once(PlainText.line(label));
    if (t == null) {
      t = once(PlainText.line(link.text()));
    }
    return t != null && t.length() <= 200 ? t : null;
  }

  private static String first(Page.Element root, String selector) {
    for (Page.Element e : root.select(selector)) {
      String t = once(PlainText.line(e.text()));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * A title shown once: some cards hold it twice in one element (a visually hidden copy for screen
   * readers beside the visible one), which the element's text joins as "T T" or "TT".
   */
  static String once(String line) {
    if (line == null) {
      return null;
    }
    int n = line.length();
    int half = n / 2;
    if (half < MIN_REPEATED) {
      return line;
    }
    if (n % 2 == 0 && line.regionMatches(0, line, half, half)) {
      return line.substring(0, half).trim();
    }
    if (n % 2 == 1 && line.charAt(half) == ' ' && line.regionMatches(0, line, half + 1, half)) {
      return line.substring(0, half);
    }
    return line;
  }

  private static String start(Page.Element card) {
    for (Page.Element time : card.select("time[datetime]")) {
      String iso = time.attr("datetime");
      if (iso != null && isIsoStart(iso.trim())) {
        return iso.trim();
      }
      String epoch = EpochTime.fromDigits(iso == null ? null : iso.trim()); // legacy Meetup cards
      if (epoch != null) {
        return epoch;
      }
    }
    return null;
  }

  /** Text with runs of white space collapsed, as jsoup and the browser's textContent differ there. */
  static String squash(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True when the text, white space collapsed, is longer than limit; stops reading at the limit. */
  static boolean longerThan(String s, int limit) {
    int length = 0;
    boolean space = false;
    for (int i = 0; s != null && i < s.length(); i++) {
      boolean sp = isSpace(s.charAt(i));
      if (!sp || !space) {
        length++;
        if (length > limit) {
          return true;
        }
      }
      space = sp;
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0';
  }
}
