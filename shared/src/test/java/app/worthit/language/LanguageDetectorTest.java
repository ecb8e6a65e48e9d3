package app.worthit.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static Language of(String text) {
    return LanguageDetector.detect(text);
  }

  @Test
  void tells_each_language_of_a_description() {
    assertEquals(Language.ENGLISH, of(Samples.ENGLISH));
    assertEquals(Language.GERMAN, of(Samples.GERMAN));
    assertEquals(Language.FRENCH, of(Samples.FRENCH));
    assertEquals(Language.SPANISH, of(Samples.SPANISH));
    assertEquals(Language.ITALIAN, of(Samples.ITALIAN));
    assertEquals(Language.DUTCH, of(Samples.DUTCH));
    assertEquals(Language.PORTUGUESE, of(Samples.PORTUGUESE));
  }

  @Test
  void tells_every_sentence_of_each_description_by_itself() {
    for (String text : List.of(Samples.GERMAN, Samples.FRENCH, Samples.SPANISH, Samples.ITALIAN, Samples.DUTCH,
        Samples.PORTUGUESE, Samples.ENGLISH)) {
      Language language = of(text);
      for (Segment s : LanguageDetector.segments(text)) {
        assertEquals(language, s.language(), text.substring(s.start(), s.end()));
        assertTrue(s.own(), "decided by its own words: " + text.substring(s.start(), s.end()));
      }
    }
  }

  @Test
  void tells_short_titles_that_hold_two_clues() {
    assertEquals(Language.GERMAN, of("Netzwerktreffen für Gründerinnen und Gründer"));
    assertEquals(Language.GERMAN, of("Stammtisch für Gründer"));
    assertEquals(Language.FRENCH, of("Soirée networking pour les entrepreneurs"));
    assertEquals(Language.SPANISH, of("Networking para emprendedores en Madrid"));
    assertEquals(Language.ITALIAN, of("Aperitivo di networking con i professionisti del digitale"));
    assertEquals(Language.DUTCH, of("Netwerkborrel voor en door ondernemers"));
    assertEquals(Language.PORTUGUESE, of("Encontro de networking para profissionais em Lisboa"));
    assertEquals(Language.ENGLISH, of("Networking for founders"));
  }

  @Test
  void leaves_titles_without_enough_clues_undecided() {
    assertNull(of("Gründerstammtisch Köln"));
    assertNull(of("Afterwork Networking Paris"));
    // Spanish and Portuguese share both words and no accent tells them apart.
    assertNull(of("Encuentro de networking para emprendedores"));
  }

  @Test
  void names_links_and_markup_carry_no_language() {
    assertNull(of("https://www.meetup.com/de-DE/berlin-gruender-stammtisch/events/301234567/?recId=die-und-der"));
    assertNull(of("Anna Müller, Jean-Luc Dupont, José García, Giulia Rossi, Joost van den Berg"));
    assertNull(of("<p><a href=\"https://example.de/und/der/die\">Anmeldung</a></p>&nbsp;&amp; info@gruender-berlin.de"));
    assertNull(of("Los Angeles, Las Vegas, San José, La Jolla, Des Moines, El Paso, Rio de Janeiro"));
    assertNull(of(""));
    assertNull(of(null));
  }

  @Test
  void english_with_a_few_foreign_words_and_names_is_english() {
    for (String text : List.of(
        "Join us at Café del Mar in Los Angeles for an evening of networking with the De Anza College alumni.",
        "Meet the founders of La Jolla startups at our monthly mixer, a tête-à-tête over coffee.",
        "Networking breakfast at Le Pain Quotidien, 6 PM EST. Bring your résumé!",
        "Our speaker, Dr. Anna van der Berg from Rotterdam, talks about hiring for a Société Générale team.",
        "LOS ANGELES CAREER FAIR & JOB FAIRS: meet hiring managers from Los Angeles companies.",
        "Per person: $10. Come as you are; the dress code is business casual, à la carte menu at the bar.")) {
      assertEquals(Language.ENGLISH, of(text), text);
      for (Segment s : LanguageDetector.segments(text)) {
        assertTrue(!s.isForeign(), text.substring(s.start(), s.end()));
      }
    }
  }

  @Test
  void a_bilingual_text_keeps_each_paragraph_in_its_language() {
    String text = Samples.ENGLISH + "\n\n" + Samples.GERMAN;
    List<Segment> segments = LanguageDetector.segments(text);
    for (Segment s : segments) {
      assertEquals(s.start() < Samples.ENGLISH.length() ? Language.ENGLISH : Language.GERMAN, s.language(),
          text.substring(s.start(), s.end()));
    }
  }

  @Test
  void a_short_line_takes_the_language_of_its_neighbours() {
    String text = Samples.GERMAN + "\nEintritt frei\n" + Samples.ENGLISH;
    Segment line = LanguageDetector.segments(text).stream()
        .filter(s -> text.substring(s.start(), s.end()).contains("Eintritt")).findFirst().orElseThrow();
    assertEquals(Language.GERMAN, line.language());
    assertTrue(!line.own());
  }

  @Test
  void the_foreign_clues_are_the_function_words_that_told() {
    Segment s = LanguageDetector.segments("Wir freuen uns auf euch und eure Fragen!").get(0);
    assertEquals(Language.GERMAN, s.language());
    assertEquals(List.of("wir", "uns", "auf", "euch", "und"), s.clues());
  }

  @Test
  void reads_a_bounded_prefix_of_a_very_long_text_and_gives_the_rest_its_language() {
    String text = (Samples.GERMAN + " ").repeat(1000);
    List<Segment> segments = LanguageDetector.segments(text);
    Segment last = segments.get(segments.size() - 1);
    assertEquals(text.length(), last.end());
    assertEquals(Segmenter.MAX_CHARS, last.start());
    assertEquals(Language.GERMAN, last.language());
    assertTrue(!last.own());
    int covered = 0;
    for (Segment seg : segments) {
      assertEquals(covered, seg.start(), "segments cover the text in order");
      covered = seg.end();
    }
  }
}
