package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void every_rule_of_rules_md_has_one_class_with_its_stable_id() {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule rule : Rules.ALL) {
      assertTrue(ids.add(rule.id().id()), "duplicate " + rule.id());
    }
    assertEquals(List.of("support-group", "published-leads", "vendor-heavy", "members-only-exchange", "same-faces",
        "single-title", "one-to-one", "fresh-faces", "industry-association", "hiring-contacts"), List.copyOf(ids));
  }

  @Test
  void every_id_has_a_one_line_explanation_in_our_own_words() {
    for (RuleId id : RuleId.values()) {
      String text = Rules.explanation(id.id());
      assertFalse(text.isBlank(), id.id());
      assertFalse(text.contains("\n"), id.id());
      assertFalse(text.toLowerCase().contains("job-search suicide"), id.id());
      assertEquals(id, RuleId.fromId(id.id()));
    }
  }

  @Test
  void an_unknown_id_has_no_explanation() {
    assertNull(Rules.explanation("no-such-rule"));
    assertNull(RuleId.fromId("no-such-rule"));
  }

  @Test
  void red_flags_are_exactly_the_six_time_sinks() {
    long red = java.util.Arrays.stream(RuleId.values()).filter(RuleId::isRedFlag).count();
    assertEquals(6, red);
  }
}
