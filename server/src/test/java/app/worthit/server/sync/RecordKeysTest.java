package app.worthit.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordKeysTest {
  @Test
  void the_shortcut_for_digit_ids_agrees_with_the_shared_grammar() {
    List<String> keys = new ArrayList<>(List.of("meetup:event:", "meetup:event:0", "meetup:event:1a", "eventbrite:event:1234",
        "eventbrite:event:12345", "eventbrite:event:", "meetup:event:\u0661", "meetup:event:12 ", "meetup:event:abcdefghij",
        "meetup:event:abcdefghi", "meetup:group:acme", "eventbrite:organizer:12345"));
    Random random = new Random(16);
    String alphabet = "0123456789a-_ /?#:%\u0660";
    for (int i = 0; i < 5000; i++) {
      StringBuilder id = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        id.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('0' + random.nextInt(10)));
      }
      keys.add((random.nextBoolean() ? "meetup:event:" : "eventbrite:event:") + id);
    }
    for (String key : keys) {
      assertEquals(RecordKeys.viaUrl(key), RecordKeys.isSubjectKey(key), key);
    }
  }

  @Test
  void accepts_the_four_kinds_of_subject_key_only() {
    assertTrue(RecordKeys.isSubjectKey("meetup:event:312000001"));
    assertTrue(RecordKeys.isSubjectKey("meetup:group:pm-circle"));
    assertTrue(RecordKeys.isSubjectKey("eventbrite:event:98765432"));
    assertTrue(RecordKeys.isSubjectKey("eventbrite:organizer:12345"));
    assertFalse(RecordKeys.isSubjectKey("<script>alert(1)</script>"));
    assertFalse(RecordKeys.isSubjectKey("meetup:group:Acme"));
    assertFalse(RecordKeys.isSubjectKey("profile"));
  }
}
