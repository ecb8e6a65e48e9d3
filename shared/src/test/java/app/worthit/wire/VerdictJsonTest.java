package app.worthit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictJsonTest {
  private static final Verdict VERDICT = new Verdict("meetup:event:1", VerdictLevel.SKIP, 12, List.of(
      new Reason("support-group", -40, "A support group, not networking", "share your struggles"),
      new Reason("free", 5, "Free to attend", null)));

  private static final String TEXT = "{\"key\":\"meetup:event:1\",\"verdict\":\"skip\",\"score\":12,\"reasons\":["
      + "{\"rule\":\"support-group\",\"effect\":-40,\"text\":\"A support group, not networking\","
      + "\"evidence\":\"share your struggles\"},{\"rule\":\"free\",\"effect\":5,\"text\":\"Free to attend\"}]}";

  @Test
  void writes_members_in_the_documented_order() {
    assertEquals(TEXT, JsonWriter.write(VerdictJson.toJson(VERDICT)));
  }

  @Test
  void reads_what_it_writes() {
    assertEquals(VERDICT, VerdictJson.fromJson(JsonParser.parse(TEXT)));
  }

  @Test
  void writes_an_empty_reason_list_as_an_empty_array() {
    assertEquals("{\"key\":\"k\",\"verdict\":\"maybe\",\"score\":50,\"reasons\":[]}",
        JsonWriter.write(VerdictJson.toJson(new Verdict("k", VerdictLevel.MAYBE, 50, List.of()))));
  }

  @Test
  void names_the_field_of_a_bad_reason() {
    String bad = "{\"key\":\"k\",\"verdict\":\"maybe\",\"score\":50,\"reasons\":[{\"rule\":\"a\",\"effect\":1,"
        + "\"text\":\"t\"},{\"effect\":1,\"text\":\"t\"}]}";
    assertEquals("verdict.reasons[1].rule: required",
        assertThrows(WireException.class, () -> VerdictJson.fromJson(JsonParser.parse(bad))).getMessage());
    assertEquals("verdict.score: out of range 0..100: 101",
        assertThrows(WireException.class, () -> VerdictJson.fromJson(JsonParser.parse(
            "{\"key\":\"k\",\"verdict\":\"maybe\",\"score\":101,\"reasons\":[]}"))).getMessage());
    assertEquals("verdict.verdict: expected one of worth-it, maybe, skip",
        assertThrows(WireException.class, () -> VerdictJson.fromJson(JsonParser.parse(
            "{\"key\":\"k\",\"verdict\":\"great\",\"score\":1,\"reasons\":[]}"))).getMessage());
  }
}
