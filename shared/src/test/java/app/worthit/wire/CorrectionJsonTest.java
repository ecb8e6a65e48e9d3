package app.worthit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.model.Acceptor;
import app.worthit.model.CorrectedFields;
import app.worthit.model.Correction;
import app.worthit.model.Recurrence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionJsonTest {
  private static Correction read(String json) {
    return CorrectionJson.fromJson(JsonParser.parse(json), "correction");
  }

  private static String error(String json) {
    return assertThrows(WireException.class, () -> read(json)).getMessage();
  }

  @Test
  void writes_and_reads_back_every_member() {
    Map<String, Boolean> rules = new LinkedHashMap<>();
    rules.put("members-only-exchange", false);
    rules.put("one-to-one", true);
    Correction c = new Correction("abc", "meetup:event:9", "meetup:group:x", rules,
        new CorrectedFields(0, Recurrence.MONTHLY, 40, false), "Free, monthly, in person.", Acceptor.ORGANISER);
    String json = JsonWriter.write(CorrectionJson.toJson(c));
    assertEquals("{\"id\":\"abc\",\"key\":\"meetup:event:9\",\"groupKey\":\"meetup:group:x\","
        + "\"rules\":{\"members-only-exchange\":false,\"one-to-one\":true},"
        + "\"fields\":{\"priceCents\":0,\"recurrence\":\"monthly\",\"attendeeCount\":40,\"online\":false},"
        + "\"explanation\":\"Free, monthly, in person.\",\"by\":\"organiser\"}", json);
    assertEquals(c, read(json));
  }

  @Test
  void reads_a_list_and_treats_absent_as_empty() {
    assertEquals(List.of(), CorrectionJson.listFromJson(JsonParser.parse("null"), "corrections"));
    List<Correction> list = CorrectionJson.listFromJson(JsonParser.parse(
        "[{\"key\":\"meetup:group:x\",\"explanation\":\"\",\"by\":\"review\"}]"), "corrections");
    assertEquals(CorrectedFields.NONE, list.get(0).fields());
    assertEquals(Map.of(), list.get(0).rules());
  }

  @Test
  void rejects_unknown_rule_id() {
    assertEquals("correction.rules.members-only: unknown rule id",
        error("{\"key\":\"k\",\"rules\":{\"members-only\":false},\"explanation\":\"x\",\"by\":\"review\"}"));
    assertEquals("correction.rules.community: unknown rule id",
        error("{\"key\":\"k\",\"rules\":{\"community\":true},\"explanation\":\"x\",\"by\":\"review\"}"));
  }

  @Test
  void rejects_the_language_reason_which_states_a_fact_of_the_text_not_a_rule() {
    assertEquals("correction.rules.language: unknown rule id",
        error("{\"key\":\"k\",\"rules\":{\"language\":false},\"explanation\":\"x\",\"by\":\"review\"}"));
  }

  @Test
  void rejects_a_rule_value_that_is_not_a_boolean() {
    assertEquals("correction.rules.same-faces: expected true or false",
        error("{\"key\":\"k\",\"rules\":{\"same-faces\":\"no\"},\"explanation\":\"x\",\"by\":\"review\"}"));
  }

  @Test
  void rejects_unknown_or_invalid_fields() {
    assertEquals("correction.fields.title: not a correctable field (priceCents, recurrence, attendeeCount, online)",
        error("{\"key\":\"k\",\"fields\":{\"title\":\"x\"},\"explanation\":\"x\",\"by\":\"review\"}"));
    assertEquals("correction.fields.priceCents: out of range 0..1000000000: -1",
        error("{\"key\":\"k\",\"fields\":{\"priceCents\":-1},\"explanation\":\"x\",\"by\":\"review\"}"));
    assertEquals("correction.fields.recurrence: expected one of none, weekly, biweekly, monthly, irregular",
        error("{\"key\":\"k\",\"fields\":{\"recurrence\":\"daily\"},\"explanation\":\"x\",\"by\":\"review\"}"));
  }

  @Test
  void rejects_an_explanation_over_500_characters_and_an_unknown_acceptor() {
    assertEquals("correction.explanation: at most 500 characters",
        error("{\"key\":\"k\",\"explanation\":\"" + "a".repeat(501) + "\",\"by\":\"review\"}"));
    assertEquals("correction.by: expected organiser or review",
        error("{\"key\":\"k\",\"explanation\":\"x\",\"by\":\"admin\"}"));
  }
}
