package app.worthit.extension.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.Correction;
import app.worthit.wire.CorrectionJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionDraftTest {
  private static final String GROUP = "meetup:group:referral-breakfast";
  private static final String EVENT = "meetup:event:301";

  private static Map<String, String> rules(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("support-group", "");
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void a_group_form_becomes_the_documented_request_with_only_the_chosen_rules_and_facts() {
    CorrectionDraft draft = new CorrectionDraft(GROUP, null, rules("members-only-exchange", "not", "one-to-one", "applies"),
        "0", "", "", "", "  Anyone may pass referrals here.  ");
    assertEquals("{\"key\":\"" + GROUP + "\",\"rules\":{\"members-only-exchange\":false,\"one-to-one\":true},"
        + "\"fields\":{\"priceCents\":0},\"explanation\":\"Anyone may pass referrals here.\"}",
        JsonWriter.write(draft.request()));
  }

  @Test
  void an_event_form_names_its_group_and_every_fact() {
    CorrectionDraft draft = new CorrectionDraft(EVENT, GROUP, rules(), "12.5", "online", "monthly", "40", "Moved online.");
    assertEquals("{\"key\":\"" + EVENT + "\",\"groupKey\":\"" + GROUP + "\",\"rules\":{},"
        + "\"fields\":{\"priceCents\":1250,\"recurrence\":\"monthly\",\"attendeeCount\":40,\"online\":true},"
        + "\"explanation\":\"Moved online.\"}", JsonWriter.write(draft.request()));
  }

  @Test
  void the_request_reads_back_as_a_correction_the_shared_code_accepts() {
    CorrectionDraft draft = new CorrectionDraft(EVENT, GROUP, rules("vendor-heavy", "not"), "", "in-person", "", "", "No sales.");
    Map<String, JsonValue> served = new LinkedHashMap<>(draft.request().members());
    served.put("by", new JsonValue.Str("organiser"));
    Correction c = CorrectionJson.fromJson(new JsonValue.Obj(served), "c");
    assertEquals(Map.of("vendor-heavy", false), c.rules());
    assertEquals(Boolean.FALSE, c.fields().online());
    assertEquals(GROUP, c.groupKey());
  }

  @Test
  void the_form_message_of_the_content_script_reads_as_a_draft() {
    String form = "{\"key\":\"" + EVENT + "\",\"groupKey\":\"" + GROUP + "\",\"rules\":{\"support-group\":\"\","
        + "\"members-only-exchange\":\"not\"},\"price\":\"\",\"online\":\"\",\"recurrence\":\"weekly\","
        + "\"attendees\":\"\",\"explanation\":\"Guests may pass referrals.\"}";
    assertEquals("{\"key\":\"" + EVENT + "\",\"groupKey\":\"" + GROUP + "\",\"rules\":{\"members-only-exchange\":false},"
        + "\"fields\":{\"recurrence\":\"weekly\"},\"explanation\":\"Guests may pass referrals.\"}",
        JsonWriter.write(CorrectionDraft.fromForm(JsonParser.parse(form)).request()));
  }

  @Test
  void an_explanation_is_required_and_limited() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> new CorrectionDraft(GROUP, null, rules("same-faces", "not"), "", "", "", "", "   ").request());
    assertEquals("Explain the correction in 1 to 500 characters.", none.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new CorrectionDraft(GROUP, null, rules("same-faces", "not"), "", "", "", "", "x".repeat(501)).request());
  }

  @Test
  void a_form_that_changes_nothing_is_refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CorrectionDraft(GROUP, null, rules(), "", "", "", "", "Nothing to say.").request());
    assertEquals("Choose at least one rule or fact to correct.", e.getMessage());
  }

  @Test
  void prices_and_counts_must_be_plain_numbers() {
    assertEquals(1500, CorrectionDraft.cents("15"));
    assertEquals(1299, CorrectionDraft.cents(" 12.99 "));
    assertEquals(null, CorrectionDraft.cents(""));
    assertThrows(IllegalArgumentException.class, () -> CorrectionDraft.cents("-5"));
    assertThrows(IllegalArgumentException.class, () -> CorrectionDraft.cents("1.234"));
    assertThrows(IllegalArgumentException.class, () -> CorrectionDraft.cents("$10"));
    assertEquals(25, CorrectionDraft.count("25"));
    assertThrows(IllegalArgumentException.class, () -> CorrectionDraft.count("about 20"));
  }
}
