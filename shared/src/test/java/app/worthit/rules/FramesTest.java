package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import org.junit.jupiter.api.Test;

/** Red flags need their defining frame; a loose phrase elsewhere in the listing is not enough. */
class FramesTest {
  private static final String JUG_GROUP = "We are a community of Java developers supporting each other. Thanks to our"
      + " sponsors for the pizza and the venue. Please read our code of conduct.";

  @Test
  void an_ordinary_user_group_that_supports_each_other_is_no_support_group() {
    SampleListing talk = SampleListing.titled("Virtual threads in practice").group("City Java User Group")
        .description("Two talks on Java 21, then drinks.").groupDescription(JUG_GROUP);
    assertFalse(talk.fires(new SupportGroupRule()));
    assertFalse(talk.fires(new VendorHeavyRule()));
    Verdict v = Scorer.score(talk.request());
    assertTrue(v.verdict() != VerdictLevel.SKIP, v.toString());
  }

  @Test
  void support_wording_fires_only_for_an_audience_out_of_work() {
    assertFalse(SampleListing.described("A women's circle: a safe space where you are not alone.").fires(new SupportGroupRule()));
    assertTrue(SampleListing.described("Recently laid off? A safe space where you are not alone.").fires(new SupportGroupRule()));
  }

  @Test
  void thanking_a_sponsor_is_not_selling_but_a_pitch_at_the_end_is() {
    Rule rule = new VendorHeavyRule();
    assertFalse(SampleListing.described("Annual developer conference with keynotes. Thanks to our sponsors!").capacity(800)
        .fires(rule));
    assertTrue(SampleListing.described("A free workshop on budgeting; at the end we present our coaching programme.")
        .fires(rule));
    assertTrue(SampleListing.described("Free seminar. Attendees get a special discount if they sign up today.").fires(rule));
  }

  @Test
  void a_talk_about_vendors_or_concepts_is_neither_selling_nor_an_introduction() {
    String talk = "Open source versus vendor-managed inference. In this talk I will introduce you to the basic concepts.";
    assertFalse(SampleListing.described(talk).fires(new VendorHeavyRule()));
    assertFalse(SampleListing.described(talk).fires(new OneToOneRule()));
    assertTrue(SampleListing.described("Each vendor pitches for ten minutes; vendors will also have stands.")
        .fires(new VendorHeavyRule()));
  }

  @Test
  void a_weekly_circle_of_people_in_transition_is_the_same_faces() {
    assertTrue(SampleListing.described("We meet every Tuesday: members in transition who support each other.")
        .fires(new SameFacesRule()));
  }

  @Test
  void a_lead_developer_is_not_a_job_lead() {
    assertFalse(SampleListing.described("Talk by our lead developer, who leads the platform practice.")
        .fires(new PublishedLeadsRule()));
  }

  @Test
  void hirers_described_instead_of_named_are_hirers() {
    Rule rule = new HiringContactsRule();
    assertTrue(SampleListing.described("Engineering managers from five local startups come to meet candidates.").fires(rule));
    assertTrue(SampleListing.titled("Spring Graduate Careers Fair").description("Thirty organisations attend.").fires(rule));
    assertFalse(SampleListing.described("A talk on what hiring managers look for in a resume.").fires(rule));
  }

  @Test
  void a_group_of_one_title_is_rivals_whatever_it_calls_itself() {
    SampleListing guild = SampleListing.titled("Product Designers Society").description("Networking drinks for product designers.");
    assertTrue(guild.fires(new SingleTitleRule()));
    assertFalse(guild.fires(new IndustryAssociationRule()));
    assertTrue(SampleListing.described("Talks by engineers whose employers have open roles.").fires(new HiringContactsRule()));
  }

  @Test
  void members_only_exchange_is_read_from_its_mechanics() {
    Rule rule = new MembersOnlyExchangeRule();
    assertTrue(SampleListing.described("One seat per profession; guests may visit twice before joining.").fires(rule));
    assertTrue(SampleListing.described("Members pass referrals to each other every week; visitors pay a visitor fee.")
        .fires(rule));
  }

  @Test
  void a_group_word_alone_decides_no_rule() {
    for (String word : new String[] {"Guild", "Collective", "Club", "Society", "Chapter"}) {
      SampleListing s = SampleListing.titled("Riverside Makers " + word).description("Come along to build things and chat.");
      for (Rule r : Rules.ALL) {
        assertFalse(r.evaluate(Facts.of(s.listing(), null)).isPresent(), word + " fired " + r.id());
      }
    }
  }

  @Test
  void a_personal_same_faces_against_a_clear_green_flag_leans_to_maybe() {
    Verdict v = Scorer.score(SampleListing.described("Hiring managers from ten companies are in the room to meet candidates.")
        .profile(null, null, 5).request());
    assertEquals(VerdictLevel.MAYBE, v.verdict(), v.toString());
    assertTrue(v.reasons().stream().map(Reason::rule).toList().contains("same-faces"));
  }

  @Test
  void leisure_crowds_get_no_networking_green_flag() {
    assertFalse(SampleListing.titled("Singles Speed Dating (30-40)").description("Men rotate between tables; meet new people.")
        .fires(new FreshFacesRule()));
    assertFalse(SampleListing.titled("Library class").description("Introducing you to our eBooks and eMagazines.")
        .fires(new OneToOneRule()));
  }
}
