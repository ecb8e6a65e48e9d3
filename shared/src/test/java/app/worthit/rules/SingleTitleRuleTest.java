package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SingleTitleRuleTest {
  private final Rule rule = new SingleTitleRule();

  @ParameterizedTest
  @ValueSource(strings = {"CIO Roundtable", "Product Managers Networking Circle", "QA Engineers Roundtable",
      "Recruiters Happy Hour", "Data Scientists Breakfast Club", "Scrum Masters Peer Forum",
      "Executive Assistants Mixer"})
  void fires_on_a_single_title_group_when_no_target_is_set(String title) {
    assertTrue(SampleListing.titled(title).description("Monthly gathering to compare notes on the job market.")
        .fires(rule), title);
  }

  @Test
  void fires_on_an_audience_phrase_in_the_description() {
    assertTrue(SampleListing.titled("Thursday Breakfast").description("A networking breakfast only for CFOs and finance directors.")
        .fires(rule));
  }

  @ParameterizedTest
  @CsvSource({
      "CIO Roundtable, CIO",
      "CIO Roundtable, Chief Information Officer",
      "Product Management Happy Hour, Senior Product Manager",
      "Recruiters Roundtable, Technical Recruiter",
      "QA Engineers Roundtable, QA Lead"})
  void fires_when_the_title_is_the_users_target(String title, String target) {
    assertTrue(SampleListing.titled(title).description("Casual drinks and job market talk for peers.")
        .profile(target, null, null).fires(rule), title + " / " + target);
  }

  @ParameterizedTest
  @CsvSource({
      "QA Engineers Roundtable, Engineering Manager",
      "CIO Roundtable, Product Manager",
      "Recruiters Roundtable, Software Engineer"})
  void does_not_fire_when_the_user_targets_a_different_title(String title, String target) {
    assertFalse(SampleListing.titled(title).description("Monthly roundtable to compare notes on the job market.")
        .profile(target, null, null).fires(rule), title + " / " + target);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Denver Python Developers | Two talks on async Python, then pizza and networking.",
      "Colorado Bioscience Association Mixer | Scientists, executives and investors from every company.",
      "Women in Product: Designers, Engineers and Product Managers | Networking across all roles.",
      "Meet the Recruiters | Recruiters from ten local employers take your questions.",
      "Denver UX Meetup: Portfolio Night | Designers, researchers and hiring managers review portfolios.",
      "Tech Happy Hour | Drinks and conversation with people who work in tech."})
  void stays_quiet_for_user_groups_associations_and_multi_role_rooms(String title, String description) {
    assertFalse(SampleListing.titled(title).description(description).fires(rule), title);
  }

  @Test
  void reads_titles_it_does_not_list_from_a_specialty_before_a_plural_title() {
    SampleListing s = SampleListing.titled("Supply Chain Managers Roundtable").description("Monthly job market talk.");
    assertTrue(s.fires(rule));
    assertTrue(s.profile("Supply Chain Manager", null, null).fires(rule));
    assertFalse(s.profile("Product Manager", null, null).fires(rule));
    assertFalse(SampleListing.titled("Meet the Hiring Managers").description("Monthly job market talk.").fires(rule));
  }

  @Test
  void ignores_the_time_of_day_written_as_pm() {
    assertFalse(SampleListing.titled("Networking Mixer at 6 PM").description("Drinks and networking for everyone.")
        .fires(rule));
  }

  @Test
  void names_the_title_and_the_target_in_its_evidence() {
    Reason r = SampleListing.titled("CIO Roundtable").description("Peers share leads.").profile("CIO", null, null)
        .evaluate(rule).orElseThrow();
    assertTrue(r.evidence().contains("cio") && r.evidence().contains("CIO"), r.evidence());
  }
}
