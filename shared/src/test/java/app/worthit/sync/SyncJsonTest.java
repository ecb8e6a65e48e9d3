package app.worthit.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import org.junit.jupiter.api.Test;

class SyncJsonTest {
  private static final String NOTE =
      "{\"kind\":\"note\",\"key\":\"meetup:event:1\",\"value\":{\"text\":\"good talks\"},\"hlc\":\"1700000000000:0001:dev\",\"deleted\":false}";

  @Test
  void a_change_round_trips_byte_for_byte() {
    Change c = SyncJson.change(JsonParser.parse(NOTE));
    assertEquals(NOTE, JsonWriter.write(SyncJson.toJson(c)));
  }

  @Test
  void a_tombstone_drops_its_value() {
    Change c = SyncJson.change(JsonParser.parse(NOTE.replace("false}", "true}")));
    assertTrue(c.deleted());
    assertTrue(c.value().isNull());
  }

  @Test
  void errors_name_the_change_and_the_field() {
    String bad = "{\"cursor\":null,\"changes\":[" + NOTE + "," + NOTE.replace("\"note\"", "\"bookmark\"") + "]}";
    JsonException e = assertThrows(JsonException.class, () -> SyncJson.request(JsonParser.parse(bad)));
    assertEquals("changes[1]: kind must be one of rating, attended, note, profile", e.getMessage());
  }

  @Test
  void rejects_values_that_do_not_fit_their_kind() {
    String badVote = "{\"kind\":\"rating\",\"key\":\"k\",\"value\":{\"vote\":\"meh\"},\"hlc\":\"1700000000000:0001:dev\"}";
    assertThrows(JsonException.class, () -> SyncJson.change(JsonParser.parse(badVote)));
    String longNote = NOTE.replace("good talks", "x".repeat(RecordKind.MAX_NOTE + 1));
    assertThrows(JsonException.class, () -> SyncJson.change(JsonParser.parse(longNote)));
    String badProfileKey = "{\"kind\":\"profile\",\"key\":\"me\",\"value\":{},\"hlc\":\"1700000000000:0001:dev\"}";
    assertThrows(JsonException.class, () -> SyncJson.change(JsonParser.parse(badProfileKey)));
  }

  @Test
  void a_batch_over_the_limit_is_refused_whole() {
    StringBuilder json = new StringBuilder("{\"cursor\":\"3\",\"changes\":[");
    for (int i = 0; i <= SyncRequest.MAX_CHANGES; i++) {
      json.append(i == 0 ? "" : ",").append(NOTE);
    }
    json.append("]}");
    JsonException e = assertThrows(JsonException.class, () -> SyncJson.request(JsonParser.parse(json.toString())));
    assertTrue(e.getMessage().contains("at most 500"), e.getMessage());
  }
}
