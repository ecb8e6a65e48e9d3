package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedLeadsRuleTest {
  private final Rule rule = new PublishedLeadsRule();

  @ParameterizedTest
  @ValueSource(strings = {
      "Weekly job leads call: everyone shares what they found.",
      "A leads group for marketing professionals.",
      "Bring two openings you've found online and we'll pass them around.",
      "We share job postings from Indeed and LinkedIn every Friday.",
      "Job board review: we go through the week's postings together.",
      "Members swap job listings they spotted this week.",
      "Every Monday we go over the jobs we've seen posted on the big job boards.",
      "Leads exchange for IT professionals in transition."})
  void fires_when_the_leads_are_postings_anyone_can_find(String description) {
    assertTrue(SampleListing.described(description).fires(rule), description);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "A roundtable for CIOs to share leads.",
      "Qualified business leads for our members' companies.",
      "Not a leads group: we make warm introductions instead.",
      "Hiring managers from five companies talk about their open roles.",
      "Drinks and conversation with people who work in tech."})
  void stays_quiet_without_published_postings(String description) {
    assertFalse(SampleListing.described(description).fires(rule), description);
  }

  @Test
  void reads_the_title_too() {
    assertTrue(SampleListing.titled("Tech Job Leads Exchange").fires(rule));
  }
}
