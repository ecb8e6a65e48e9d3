package app.worthit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.model.VerdictLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledCasesTest {
  private static final String GOOD = Cases.line("a", "Support circle", "skip", "support-group", "vendor-heavy");

  @Test
  void reads_id_request_and_expectations_and_ignores_other_members() {
    LabelledCases read = LabelledCases.parse(GOOD + "\n");
    assertEquals(List.of(), read.badLines());
    LabelledCase c = read.cases().get(0);
    assertEquals("a", c.id());
    assertEquals(1, c.line());
    assertEquals("Support circle", c.request().listing().title());
    assertEquals(VerdictLevel.SKIP, c.verdict());
    assertEquals(List.of("support-group"), c.rules());
    assertEquals(List.of("vendor-heavy"), c.forbid());
  }

  @Test
  void reports_each_bad_line_with_its_number_and_reads_the_others() {
    String text = String.join("\r\n",
        GOOD,
        "",
        "{not json",
        "[]",
        "{\"id\":\"b\",\"request\":{\"listing\":{\"url\":\"https://example.org/x\",\"title\":\"T\"}},\"expect\":{\"verdict\":\"maybe\"}}",
        "{\"id\":\"c\",\"request\":{},\"expect\":{\"verdict\":\"maybe\"}}",
        "{\"id\":\"d\",\"request\":{\"listing\":{\"url\":\"https://example.org/x\",\"title\":\"T\"}}}",
        Cases.line("e", "T", "great", "", ""),
        Cases.line("f", "T", "maybe", "suport-group", ""),
        Cases.line("g", "T", "maybe", "one-to-one", "one-to-one"),
        Cases.line("a", "T", "maybe", "", ""),
        Cases.line("h", "T", "maybe", "", ""));
    LabelledCases read = LabelledCases.parse(text);
    assertEquals(List.of("a", "b", "h"), read.cases().stream().map(LabelledCase::id).toList());
    assertEquals(List.of(3, 4, 6, 7, 8, 9, 10, 11), read.badLines().stream().map(BadLine::line).toList());
    List<String> messages = read.badLines().stream().map(BadLine::message).toList();
    assertEquals("case: expected an object", messages.get(1));
    assertEquals("listing: required", messages.get(2));
    assertEquals("expect: required, an object", messages.get(3));
    assertEquals("expect.verdict: expected one of worth-it, maybe, skip", messages.get(4));
    assertEquals("expect.rules[0]: unknown rule id \"suport-group\"", messages.get(5));
    assertEquals("expect.forbid: one-to-one is also in expect.rules", messages.get(6));
    assertEquals("id: a repeats an earlier line's id", messages.get(7));
  }
}
