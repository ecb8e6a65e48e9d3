package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Big and hostile descriptions score correctly; their speed is measured by {@link ScoringTiming}, not here. */
class LongListingTest {
  /** About 100 KB of Markdown with emoji, links, headings and escapes around one clear signal. */
  static String markdownOf(int bytes, String signal) {
    StringBuilder b = new StringBuilder();
    b.append("## Welcome \ud83c\udf89\n\n").append(signal).append("\n\n");
    int n = 0;
    while (b.length() < bytes) {
      b.append("### Part ").append(n++).append(" \u2728\n")
          .append("**Agenda:** doors open at 6:30, _short_ welcome, then [RSVP here](https://example.com/e/")
          .append(n).append("?utm_source=x) \\*pizza\\* \ud83c\udf55 and caf\u00e9 conversation.\n")
          .append("- Parking is free in the garage behind the building.\n> Bring a friend!\n\n");
    }
    return b.toString();
  }

  @Test
  void a_100_kb_markdown_description_with_emoji_still_finds_its_signal() {
    String text = markdownOf(100_000, "Volunteers make **warm one-on-one introductions** to people at your target company.");
    assertTrue(text.length() >= 100_000);
    Verdict v = Scorer.score(SampleListing.titled("Coffee Intros").description(text).request());
    assertEquals(VerdictLevel.WORTH_IT, v.verdict());
    assertEquals(List.of("one-to-one"), v.reasons().stream().map(Reason::rule).toList());
  }

  @Test
  void hostile_text_without_spaces_tags_or_entities_scores_neutral() {
    for (String unit : new String[] {"<a", "&&", "<<", "a", "\ud83d\ude00", "http://x", "1:1:", "\\*", "[]("}) {
      Verdict v = Scorer.score(SampleListing.titled("Evening").description(unit.repeat(50_000)).request());
      assertTrue(v.score() >= 0 && v.score() <= 100, unit);
    }
  }

  @Test
  void an_unclosed_angle_bracket_at_the_end_keeps_the_words_after_it() {
    Verdict v = Scorer.score(SampleListing.titled("Evening")
        .description("Small talk, then <warm one-on-one introductions to people at your target company").request());
    assertEquals(VerdictLevel.WORTH_IT, v.verdict());
  }
}
