package app.worthit.extension.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
  @Test
  void attendance_is_counted_per_group_for_the_same_faces_rule() {
    PersonalData data = new PersonalData(List.of(
        PersonalRecord.attended("meetup:event:1", "meetup:group:qa", 1),
        PersonalRecord.attended("meetup:event:2", "meetup:group:qa", 2),
        PersonalRecord.attended("meetup:event:3", "meetup:group:other", 3),
        PersonalRecord.profile("QA engineer", " ", 4)));
    assertEquals(new Profile("QA engineer", null, 2), data.profileFor("meetup:group:qa"));
    assertEquals(new Profile("QA engineer", null, null), data.profileFor("meetup:group:new"));
    assertEquals(3, data.attendedCount());
  }

  @Test
  void the_later_record_of_the_same_kind_and_key_wins() {
    PersonalData data = new PersonalData(List.of(
        PersonalRecord.rating("meetup:event:1", Vote.WORTH_IT, 20),
        PersonalRecord.rating("meetup:event:1", Vote.NOT_WORTH_IT, 10)));
    assertEquals(Vote.WORTH_IT, data.vote("meetup:event:1"));
    assertEquals(1, data.ratedCount());
  }

  @Test
  void unknown_events_have_no_marks() {
    PersonalData data = PersonalData.EMPTY;
    assertNull(data.vote("meetup:event:9"));
    assertFalse(data.attended("meetup:event:9"));
    assertNull(data.note("meetup:event:9"));
    assertEquals(Profile.EMPTY, data.profileFor("meetup:group:x"));
  }

  @Test
  void records_use_the_sync_servers_kinds_and_values() {
    assertEquals("{\"kind\":\"rating\",\"key\":\"meetup:event:1\",\"value\":{\"vote\":\"not-worth-it\"},\"updatedAt\":5}",
        app.worthit.json.JsonWriter.write(PersonalRecord.rating("meetup:event:1", Vote.NOT_WORTH_IT, 5).toJson()));
    assertEquals("wi/attended/eventbrite:event:7",
        PersonalRecord.attended("eventbrite:event:7", "group-name:x", 1).storageKey());
    assertTrue(PersonalRecord.note("k", "hi", 1).toJson().toString().contains("text"));
  }
}
