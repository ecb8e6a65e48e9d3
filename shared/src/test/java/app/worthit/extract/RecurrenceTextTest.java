package app.worthit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.model.Recurrence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "Join Ryan for our Bi-weekly running social.|BIWEEKLY",
      "We meet every other Thursday at the hub.|BIWEEKLY",
      "Fortnightly coffee for founders|BIWEEKLY",
      "Our weekly meetup for Rust folks|WEEKLY",
      "Every Tuesday, same table.|WEEKLY",
      "A monthly book discussion group.|MONTHLY",
      "First Wednesday of the month, always.|MONTHLY",
      "A one-off summit with 40 speakers.|none",
      "Subscribe to our weekly newsletter for more.|none"})
  void stated_recurrence_is_read(String text, Recurrence expected) {
    assertEquals(expected, RecurrenceText.of(null, text));
  }
}
