package app.worthit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.model.Recurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regexes in extraction (so the extension's bundle has no
 * regex engine) answer exactly as the regexes they replaced, kept here as the reference, on
 * random texts built from the words and characters the patterns care about.
 */
class RegexFreeScansTest {
  private static final String DAY = "(mon|tues|wednes|thurs|fri|satur|sun)day";
  private static final Pattern BIWEEKLY = Pattern.compile(
      "(?i)\\b(bi-?weekly|fortnightly|every (other|second) (week|" + DAY + ")|every (two|2) weeks)\\b");
  private static final Pattern WEEKLY = Pattern.compile(
      "(?i)\\b(weekly (meetup|meeting|social|session|call|circle|group|event)|every week|each week|once a week|every " + DAY + ")\\b");
  private static final Pattern MONTHLY = Pattern.compile(
      "(?i)\\b(monthly (meetup|meeting|social|session|call|circle|group|event|book|movie|mixer)|every month|each month|once a month|"
          + "(first|second|third|fourth|last) " + DAY + " of (the|each|every) month)\\b");
  private static final Pattern MEETUP_PATH = Pattern.compile("^(/[a-z]{2}-[A-Z]{2})?/[A-Za-z0-9_-]+/events/[0-9a-z]+/?$");
  private static final Pattern EVENTBRITE_PATH = Pattern.compile("^/e/[^/]+/?$");
  private static final Pattern EVENT_LIKE = Pattern.compile("/events/[0-9]+|/e/[^/?#]*[0-9]{5,}");
  private static final Pattern FREE = Pattern.compile("(?i)^(free|gratis|gratuit|kostenlos|gratuito)\\b");
  private static final Pattern AMOUNT = Pattern.compile("([0-9][0-9.,]*)");
  private static final Pattern CODE = Pattern.compile("\\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|DKK|NOK|PLN|BRL|MXN|SGD|HKD|JPY|INR)\\b");
  private static final Pattern ATTENDEES = Pattern.compile("(?i)([0-9][0-9,.]*)\\s+(attendees|attendee|going|attending)\\b");
  private static final Pattern ISO_START = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}.*");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])[^>]{0,200}>");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\r\\n\\f]+");
  private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\u00a0\\f]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0\\r\\f]*(\\n[ \\t\\u00a0\\r\\f]*)+");

  private static final String[] WORDS = {"every", "Every", "EVERY", "other", "second", "week", "weeks", "Weekly",
      "bi-weekly", "biweekly", "BiWeekly", "fortnightly", "two", "2", "monday", "Tuesday", "wednesday", "thursday",
      "friday", "saturday", "Sunday", "sundays", "meetup", "meeting", "social", "session", "call", "circle", "group",
      "event", "book", "movie", "mixer", "monthly", "month", "months", "each", "once", "a", "first", "third",
      "fourth", "last", "of", "the", "free", "Free", "gratis", "gratuito", "kostenlos", "USD", "EUR", "usd", "GBP",
      "JPYX", "attendees", "attendee", "Going", "attending", "42", "1,200", "3.5", ".5", "12,", "é", "über", "x_",
      "_", "\u212Aostenlos", "café", "£10.00", "$5", "CA$12", "events", "e", "<br>", "<BR/>", "< br class=x>",
      "</p>", "</P >", "</div>", "</li>", "</h3>", "</h7>", "<b>", "<a href=\"x\">", "<", ">", "&amp;", "<bread>",
      "</pre>", "2026-01-02", "2026-1-02", "12345", "/events/", "/e/", "/events/123", "/e/x-tickets-123456"};
  private static final String[] GLUE = {" ", " ", " ", "  ", "\t", "\n", "\n\n", "\n \n", "\r\n", "\u00a0", "\f", "",
      "-", ",", ".", "/", "?", "#", "\u000b", "\u2028", "x", "_", "é"};

  private static List<String> texts() {
    Random random = new Random(20261126);
    List<String> out = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + random.nextInt(8);
      for (int w = 0; w < words; w++) {
        b.append(WORDS[random.nextInt(WORDS.length)]).append(GLUE[random.nextInt(GLUE.length)]);
      }
      out.add(random.nextBoolean() ? b.toString() : b.toString().trim());
    }
    out.add("");
    return out;
  }

  @Test
  void recurrence_is_read_as_the_regexes_read_it() {
    for (String t : texts()) {
      Recurrence expected = BIWEEKLY.matcher(t).find() ? Recurrence.BIWEEKLY : WEEKLY.matcher(t).find()
          ? Recurrence.WEEKLY : MONTHLY.matcher(t).find() ? Recurrence.MONTHLY : null;
      assertEquals(expected, RecurrenceText.of(null, t), t);
    }
  }

  @Test
  void event_paths_and_links_are_told_as_the_regexes_tell_them() {
    Random random = new Random(7);
    String[] parts = {"/", "en-US", "/en-US", "/de-de", "/my_group-1", "/Group", "/events/", "/e/", "abc", "123",
        "12345", "x-tickets-123456789", "/", "?a=1", "#x", "-", "_", "A", "z9", "events", "e", ""};
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int k = 1 + random.nextInt(6);
      for (int i = 0; i < k; i++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String p = b.toString();
      assertEquals(MEETUP_PATH.matcher(p).matches(), EventLinks.isMeetupEventPath(p), p);
      assertEquals(EVENTBRITE_PATH.matcher(p).matches(), EventLinks.isEventbriteEventPath(p), p);
      assertEquals(EVENT_LIKE.matcher(p).find(), EventLinks.looksLikeEvent(p), p);
    }
  }

  @Test
  void prices_are_read_as_the_regexes_read_them() {
    for (String t : texts()) {
      Matcher code = CODE.matcher(t);
      assertEquals(code.find() ? code.group(1) : null, Money.codeIn(t), t);
      String trimmed = t.trim();
      Integer expected;
      if (FREE.matcher(trimmed).find()) {
        expected = 0;
      } else if (Money.currencyOf(trimmed) == null && trimmed.indexOf('$') < 0) {
        expected = null;
      } else {
        Matcher m = AMOUNT.matcher(trimmed);
        expected = m.find() ? Money.decimalCents(m.group(1)) : null;
      }
      assertEquals(expected, Money.fromText(t), t);
    }
  }

  @Test
  void attendee_counts_and_start_times_are_read_as_the_regexes_read_them() {
    for (String t : texts()) {
      Matcher m = ATTENDEES.matcher(t);
      assertEquals(m.find() ? m.group(1) : null, EventCard.attendeeNumber(t), t);
      assertEquals(ISO_START.matcher(t).matches(), EventCard.isIsoStart(t), t);
    }
  }

  @Test
  void plain_text_is_cleaned_as_the_regexes_cleaned_it() {
    for (String t : texts()) {
      assertEquals(oldLine(t), PlainText.line(t), t);
      assertEquals(oldBlock(t), PlainText.block(t), t);
    }
  }

  private static String oldLine(String s) {
    String t = SPACES.matcher(PlainText.entities(s)).replaceAll(" ").trim();
    if (t.length() > PlainText.MAX_LINE) {
      t = t.substring(0, PlainText.MAX_LINE);
    }
    return t.isEmpty() ? null : t;
  }

  private static String oldBlock(String s) {
    String t = s.length() > 2 * PlainText.MAX_BLOCK ? s.substring(0, 2 * PlainText.MAX_BLOCK) : s;
    if (t.indexOf('<') >= 0 && t.indexOf('>') >= 0) {
      t = TAG.matcher(BLOCK_TAG.matcher(t).replaceAll("\n")).replaceAll("");
      t = PlainText.entities(t);
    }
    t = t.replace("\r\n", "\n");
    t = LINE_SPACES.matcher(t).replaceAll(" ");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n").trim();
    if (t.length() > PlainText.MAX_BLOCK) {
      t = t.substring(0, PlainText.MAX_BLOCK);
    }
    return t.isEmpty() ? null : t;
  }
}
