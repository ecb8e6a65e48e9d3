package app.worthit.extension;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Vectors for the shared iCalendar writer: escaping, folding of multi-byte text, every offset form,
 * missing and date-only times. src/test/js/calendar-parity.test.mjs replays them through TeaVM.
 */
class CalendarParityTest {
  private static final String[] INPUTS = {
    "{\"stamp\":1782400000000,\"offsetMinutes\":0,\"events\":[{\"key\":\"meetup:event:1\",\"title\":\"Talks, drinks; \\\\ more\","
        + "\"url\":\"https://www.meetup.com/g/events/1/\",\"startsAt\":\"2026-06-25T18:00:00-04:00\","
        + "\"endsAt\":\"2026-06-25T21:00:00-04:00\",\"location\":\"Online\",\"description\":\"One\\nTwo\\r\\nThree, four; five\"}]}",
    "{\"stamp\":1782400000000,\"offsetMinutes\":120,\"events\":[{\"key\":\"eventbrite:event:2\",\"title\":\"R\u00e9seautage \u65e5\u672c\u8a9e \ud83c\udf89\","
        + "\"url\":\"https://www.eventbrite.fr/e/x-tickets-2\",\"startsAt\":\"2026-07-01T19:00\",\"endsAt\":null,"
        + "\"description\":\"" + "\u00e9\u00e8\u65e5\ud83c\udf89 long text that needs folding ".repeat(12) + "\"}]}",
    "{\"stamp\":0,\"events\":[{\"key\":\"eventbrite:event:3\",\"title\":\"Dates\",\"startsAt\":\"2026-10-20\",\"endsAt\":\"2026-10-21\"},"
        + "{\"key\":\"eventbrite:event:4\",\"title\":\"Plus\",\"startsAt\":\"2026-06-25T23:00:00+0100\",\"endsAt\":\"2026-06-25T22:00:00+0100\"},"
        + "{\"key\":\"eventbrite:event:5\",\"title\":\"No start\",\"startsAt\":\"soon\"},{\"title\":\"No key\",\"startsAt\":\"2026-06-25\"}]}",
    "{\"events\":[]}",
    "{\"events\":",
  };

  @Test
  void writes_the_calendar_vectors() throws IOException {
    ParityVectors vectors = new ParityVectors();
    for (int i = 0; i < INPUTS.length; i++) {
      vectors.add("calendar-" + (i + 1), INPUTS[i], EngineExports.calendar(INPUTS[i]));
    }
    assertTrue(EngineExports.calendar(INPUTS[0]).contains("SUMMARY:Talks\\, drinks\\; \\\\ more\r\n"));
    assertTrue(EngineExports.calendar(INPUTS[1]).contains("\r\n "), "the long description is folded");
    assertTrue(EngineExports.calendar(INPUTS[4]).startsWith("{\"error\""));
    vectors.write("calendar.json");
  }
}
