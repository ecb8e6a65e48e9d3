package app.worthit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.Profile;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {
  @Test
  void reads_and_writes_every_member_in_order() {
    String json = "{\"targetTitle\":\"Data Engineer\",\"industry\":\"fintech\",\"timesAttendedGroup\":3}";
    Profile p = ProfileJson.fromJson(JsonParser.parse(json));
    assertEquals(new Profile("Data Engineer", "fintech", 3), p);
    assertEquals(json, JsonWriter.write(ProfileJson.toJson(p)));
  }

  @Test
  void gives_the_empty_profile_for_null_or_absent() {
    assertEquals(Profile.EMPTY, ProfileJson.fromJson(JsonValue.Null.INSTANCE));
    assertEquals(Profile.EMPTY, ProfileJson.fromJson(null));
    assertEquals(Profile.EMPTY, ProfileJson.fromJson(JsonParser.parse("{\"other\":1}")));
  }

  @Test
  void names_the_field_of_a_wrong_type_or_range() {
    assertEquals("profile.timesAttendedGroup: expected an integer",
        assertThrows(WireException.class,
            () -> ProfileJson.fromJson(JsonParser.parse("{\"timesAttendedGroup\":true}"))).getMessage());
    assertEquals("profile.timesAttendedGroup: out of range 0..100000: -2",
        assertThrows(WireException.class,
            () -> ProfileJson.fromJson(JsonParser.parse("{\"timesAttendedGroup\":-2}"))).getMessage());
    assertEquals("profile: expected an object",
        assertThrows(WireException.class, () -> ProfileJson.fromJson(JsonParser.parse("\"x\""))).getMessage());
  }
}
