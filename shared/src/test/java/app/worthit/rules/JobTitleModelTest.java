package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Titles parsed as function, seniority and role: ways of writing one job that no table lists
 * verbatim compare as rivals, on the listing's side and the user's target title alike.
 */
class JobTitleModelTest {
  private final Rule rule = new SingleTitleRule();
  private static final String PEERS = "A monthly roundtable to compare notes on the job market.";

  /** Leader titles of a function written in the ways people write them, for every function given. */
  private static List<String[]> leaderSpellings() {
    List<String[]> out = new ArrayList<>();
    for (String f : new String[] {"Sales", "Marketing", "Product", "Engineering", "Design", "Data", "Finance"}) {
      out.add(new String[] {"Heads of " + f + " Roundtable", "VP of " + f});
      out.add(new String[] {f + " VPs Breakfast", "Head of " + f});
      out.add(new String[] {"Directors of " + f + " Circle", f.toLowerCase() + " director"});
      out.add(new String[] {f + " Leaders Peer Forum", "VP " + f});
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> a_leaders_title_matches_the_same_function_in_either_word_order() {
    return leaderSpellings().stream().map(pair -> DynamicTest.dynamicTest(pair[0] + " / " + pair[1], () ->
        assertTrue(SampleListing.titled(pair[0]).description(PEERS).profile(pair[1], null, null).fires(rule),
            pair[0] + " should be rivals of " + pair[1])));
  }

  @Test
  void a_leaders_title_reads_across_a_comma() {
    assertTrue(SampleListing.titled("VP, Sales Roundtable").description(PEERS).profile("Head of Sales", null, null)
        .fires(rule));
    assertFalse(SampleListing.titled("VP, Sales Roundtable").description(PEERS).profile("VP, Marketing", null, null)
        .fires(rule));
  }

  @Test
  void slang_and_abbreviations_name_the_same_job() {
    assertTrue(SampleListing.titled("Backend Devs Happy Hour").description(PEERS).profile("Backend Engineer", null, null)
        .fires(rule));
    assertTrue(SampleListing.titled("SWE Peer Circle").description(PEERS).profile("Software Engineer", null, null)
        .fires(rule));
    assertTrue(SampleListing.titled("PMs Breakfast Club").description(PEERS).profile("Product Manager", null, null)
        .fires(rule));
    assertTrue(SampleListing.titled("Talent Partners Mixer").description(PEERS).profile("Recruiter", null, null)
        .fires(rule));
  }

  @Test
  void different_jobs_of_one_function_or_level_are_not_rivals() {
    assertFalse(SampleListing.titled("Heads of Sales Roundtable").description(PEERS).profile("Sales Representative", null, null)
        .fires(rule));
    assertFalse(SampleListing.titled("Heads of Sales Roundtable").description(PEERS).profile("Head of Marketing", null, null)
        .fires(rule));
    assertFalse(SampleListing.titled("Product Managers Circle").description(PEERS).profile("Product Designer", null, null)
        .fires(rule));
  }

  @Test
  void an_audience_restricted_to_one_title_is_read_without_a_fixed_phrase() {
    assertTrue(SampleListing.described("A breakfast open only to heads of engineering, to trade notes.").fires(rule));
    assertTrue(SampleListing.described("Networking drinks exclusively for data analysts.").fires(rule));
    assertTrue(SampleListing.described("Peer circle, UX designers only.").fires(rule));
  }

  @Test
  void a_career_range_or_a_technology_group_with_talks_is_not_one_title() {
    assertFalse(SampleListing.described("Networking for LGBTQ+ people in tech, from intern to CEO.").fires(rule));
    assertFalse(SampleListing.titled("Brisbane Unity Developers").description("Networking and pizza after work.")
        .fires(rule));
    assertFalse(SampleListing.titled("Backend Developers Meetup").description("Two talks on caching, then networking.")
        .fires(rule));
  }
}
