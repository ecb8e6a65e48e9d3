package app.worthit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.model.Acceptor;
import app.worthit.model.CorrectedFields;
import app.worthit.model.Correction;
import app.worthit.model.Reason;
import app.worthit.model.Recurrence;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listings in languages the rules do not read get an honest maybe, and bilingual ones their English reading. */
class ForeignListingTest {
  private static final String GERMAN_SUPPORT = "Eine Selbsthilfegruppe für Arbeitsuchende: jede Woche treffen wir"
      + " uns, um über unsere Sorgen bei der Jobsuche zu sprechen und uns gegenseitig Mut zu machen. Beim Speed"
      + " Networking lernst du außerdem viele neue Leute kennen, und es gibt Job Leads von unseren Mitgliedern.";
  private static final String ENGLISH_SUPPORT = "A support circle for laid-off professionals to share their"
      + " struggles and find encouragement.";

  private static Verdict score(SampleListing s) {
    return Scorer.score(s.request());
  }

  private static List<String> rules(Verdict v) {
    return v.reasons().stream().map(Reason::rule).toList();
  }

  private static Reason language(Verdict v) {
    return v.reasons().stream().filter(r -> r.rule().equals("language")).findFirst()
        .orElseThrow(() -> new AssertionError("no language reason among " + v.reasons()));
  }

  @Test
  void a_german_listing_is_maybe_and_says_why() {
    Verdict v = score(SampleListing.titled("Selbsthilfegruppe für Arbeitsuchende").description(GERMAN_SUPPORT)
        .group("Jobsuche Berlin"));
    assertEquals(VerdictLevel.MAYBE, v.verdict());
    assertEquals(List.of("language"), rules(v), "no flag fires from words the rules cannot read");
    Reason r = language(v);
    assertEquals("Written in German; the rules read English listings only for now.", r.text());
    assertEquals("für, eine, wir, uns, um", r.evidence());
    assertEquals(0, r.effect());
  }

  @Test
  void each_language_the_rules_cannot_read_is_named() {
    String[][] samples = {
      {"French", "Rejoignez-nous pour une soirée de networking entre professionnels du numérique. Après une courte"
          + " présentation, vous pourrez échanger avec les autres participants autour d'un verre."},
      {"Spanish", "Te invitamos a nuestro encuentro mensual de networking para profesionales del sector. Habrá una"
          + " breve charla y después tiempo para conocer a otros asistentes."},
      {"Italian", "Ti aspettiamo al nostro aperitivo di networking per professionisti del digitale. Dopo una breve"
          + " presentazione ci sarà tempo per conoscere gli altri partecipanti."},
      {"Dutch", "Kom naar onze maandelijkse netwerkborrel voor ondernemers. Na een korte presentatie is er tijd om"
          + " andere deelnemers te leren kennen."},
      {"Portuguese", "Venha ao nosso encontro mensal de networking para profissionais de tecnologia. Depois de uma"
          + " breve apresentação, haverá tempo para conhecer os outros participantes."},
    };
    for (String[] s : samples) {
      Verdict v = score(SampleListing.titled("Networking").description(s[1]));
      assertEquals(VerdictLevel.MAYBE, v.verdict(), s[0]);
      assertEquals("Written in " + s[0] + "; the rules read English listings only for now.", language(v).text());
      assertEquals(List.of("language"), rules(v), s[0]);
    }
  }

  @Test
  void a_red_flag_in_an_english_title_over_a_german_description_is_held_at_maybe() {
    Verdict v = score(SampleListing.titled("Laid off? You're not alone: job seekers support group")
        .description(GERMAN_SUPPORT));
    assertEquals(VerdictLevel.MAYBE, v.verdict());
    assertEquals(List.of("support-group", "language"), rules(v));
    assertTrue(language(v).effect() > 0, "the hold lifts the red flag's score into maybe");
  }

  @Test
  void a_personal_red_flag_on_a_german_listing_is_still_never_skip() {
    Verdict v = score(SampleListing.titled("Gründerstammtisch").description(GERMAN_SUPPORT)
        .recurring(Recurrence.WEEKLY).profile(null, null, 5));
    assertEquals(VerdictLevel.MAYBE, v.verdict());
    assertTrue(rules(v).contains("language"), rules(v).toString());
  }

  @Test
  void a_bilingual_listing_is_judged_on_its_english_part_and_notes_the_rest() {
    Verdict v = score(SampleListing.titled("Support circle / Selbsthilfegruppe")
        .description(ENGLISH_SUPPORT + "\n\n" + GERMAN_SUPPORT));
    assertEquals(VerdictLevel.SKIP, v.verdict());
    assertEquals(List.of("support-group", "language"), rules(v));
    Reason r = language(v);
    assertEquals("Partly written in German; the rules read its English part only.", r.text());
    assertEquals(0, r.effect());
    Verdict english = score(SampleListing.titled("Support circle / Selbsthilfegruppe").description(ENGLISH_SUPPORT));
    assertEquals(english.score(), v.score(), "the German part changes nothing");
  }

  @Test
  void an_english_listing_gets_no_language_reason() {
    Verdict v = score(SampleListing.titled("Tech Happy Hour at Café del Mar")
        .description("Drinks and conversation with people who work in tech, at Café del Mar in Los Angeles."));
    assertTrue(!rules(v).contains("language"), rules(v).toString());
  }

  @Test
  void a_correction_that_decides_a_rule_is_not_held_but_the_reason_stays() {
    Correction c = new Correction("c1", "meetup:group:sample", null, Map.of("one-to-one", true), CorrectedFields.NONE,
        "Every guest is matched with a mentor for a one-to-one coffee.", Acceptor.ORGANISER);
    Verdict v = Scorer.score(SampleListing.titled("Mentoring").description(GERMAN_SUPPORT).request(), null,
        Corrections.select("meetup:event:1", "meetup:group:sample", List.of(c)));
    assertEquals(VerdictLevel.WORTH_IT, v.verdict());
    assertEquals(0, language(v).effect());
    assertNotEquals(-1, rules(v).indexOf("one-to-one"));
  }

  @Test
  void the_language_reason_cannot_be_set_by_a_correction() {
    assertTrue(!Corrections.isCorrectable("language"));
  }
}
