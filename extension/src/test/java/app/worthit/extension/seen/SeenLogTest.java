package app.worthit.extension.seen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalExport;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.model.Listing;
import app.worthit.model.Reason;
import app.worthit.model.Source;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seen log's records, when they are rewritten, what is dropped, and how they travel in an export. */
class SeenLogTest {
  private static final long DAY = 86_400_000L;
  private static final long NOW = 1_800_000_000_000L;

  private static Listing listing(String title) {
    return new Listing("https://www.meetup.com/g/events/42/", "meetup:event:42", Source.MEETUP, title, "text", "Group",
        null, "2026-06-25T18:00:00-04:00", "2026-06-25T20:00:00-04:00", null, 500, "USD", 10, null, true);
  }

  private static Verdict verdict(VerdictLevel level, int score) {
    return new Verdict("meetup:event:42", level, score, List.of(new Reason("small", 5, "Small room", null),
        new Reason("support-group", -40, "A support group", "support"), new Reason("price", -10, "Costs $5", null),
        new Reason("talks", 8, "Talks", null)));
  }

  @Test
  void a_record_keeps_the_listing_facts_and_the_three_strongest_reasons() {
    SeenEvent e = SeenEvent.of(listing("Mixer"), verdict(VerdictLevel.SKIP, 12), NOW);
    assertEquals(List.of("A support group", "Costs $5", "Talks"), e.reasons());
    assertEquals("2026-06-25T20:00:00-04:00", e.endsAt());
    assertEquals(VerdictLevel.SKIP, e.verdict());
    assertEquals(e, SeenEventJson.fromJson(JsonParser.parse(JsonWriter.write(SeenEventJson.toJson(e)))));
  }

  @Test
  void a_changed_verdict_is_written_and_an_unchanged_one_only_once_a_day() {
    SeenEvent stored = SeenEvent.of(listing("Mixer"), verdict(VerdictLevel.MAYBE, 50), NOW);
    assertTrue(SeenPolicy.needsWrite(null, stored));
    assertFalse(SeenPolicy.needsWrite(stored, SeenEvent.of(listing("Mixer"), verdict(VerdictLevel.MAYBE, 50), NOW + 60_000)));
    assertTrue(SeenPolicy.needsWrite(stored, SeenEvent.of(listing("Mixer"), verdict(VerdictLevel.WORTH_IT, 75), NOW + 1)));
    assertTrue(SeenPolicy.needsWrite(stored, SeenEvent.of(listing("Mixer!"), verdict(VerdictLevel.MAYBE, 50), NOW + 1)));
    assertTrue(SeenPolicy.needsWrite(stored, SeenEvent.of(listing("Mixer"), verdict(VerdictLevel.MAYBE, 50), NOW + DAY)));
  }

  @Test
  void events_unseen_for_90_days_go_and_attended_ones_stay_six_months() {
    List<SeenEvent> log = List.of(SeenEvents.seenAt(1, NOW - 89 * DAY), SeenEvents.seenAt(2, NOW - 91 * DAY),
        SeenEvents.seenAt(3, NOW - 150 * DAY), SeenEvents.seenAt(4, NOW - 191 * DAY));
    assertEquals(List.of("meetup:event:2", "meetup:event:4"),
        SeenPolicy.toDrop(log, Set.of("meetup:event:3", "meetup:event:4"), NOW));
  }

  @Test
  void beyond_2000_events_the_longest_unseen_go_first_and_attended_ones_last() {
    List<SeenEvent> log = new ArrayList<>();
    for (int i = 0; i < SeenPolicy.MAX_EVENTS + 3; i++) {
      log.add(SeenEvents.seenAt(i, NOW - i * 1000L)); // a higher id was seen longer ago
    }
    int oldest = SeenPolicy.MAX_EVENTS + 2;
    List<String> drop = SeenPolicy.toDrop(log, Set.of("meetup:event:" + oldest), NOW);
    assertEquals(List.of("meetup:event:" + (oldest - 1), "meetup:event:" + (oldest - 2), "meetup:event:" + (oldest - 3)),
        drop);
  }

  @Test
  void the_store_reads_events_and_durations_and_skips_damaged_items() {
    SeenEvent e = SeenEvents.seenAt(5, NOW);
    String items = "{\"seen/meetup:event:5\":" + JsonWriter.write(SeenEventJson.toJson(e))
        + ",\"seen/meetup:event:6\":{\"title\":\"no key\"},\"seen-hours/meetup:event:5\":90,"
        + "\"seen-hours/meetup:event:7\":-3,\"wi/rating/meetup:event:5\":{}}";
    SeenData data = SeenStore.parse(items);
    assertEquals(List.of(e), data.events());
    assertEquals(Map.of("meetup:event:5", 90), data.minutes());
  }

  @Test
  void the_export_carries_the_log_and_an_older_export_imports_none() {
    SeenData data = new SeenData(List.of(SeenEvents.seenAt(8, NOW), SeenEvents.seenAt(9, NOW)),
        Map.of("meetup:event:8", 45));
    String file = PersonalExport.write(PersonalData.EMPTY, SeenExport.members(data), NOW);
    assertEquals(List.of(), PersonalExport.read(file), "the records are unchanged");
    assertEquals(data, SeenExport.read(file));
    assertEquals(SeenData.EMPTY, SeenExport.read(PersonalExport.write(PersonalData.EMPTY, NOW)));
  }
}
