package app.worthit.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static Hits scan(String pattern, String text) {
    return new Lexicon(List.of(new Cue("t", 1, pattern))).scan(ListingText.of(text));
  }

  @Test
  void matches_alternatives_suffixes_and_prefixes() {
    assertEquals("support circles", scan("support group(s)|circle(s)", "A support circles meet").all("t").get(0).words());
    assertEquals("encouraging words", scan("encourag* words", "Encouraging words").all("t").get(0).words());
  }

  @Test
  void matches_optional_parts_gaps_and_numbers() {
    assertEquals(1, scan("meet [the] founder(s)", "meet founders").all("t").size());
    assertEquals(1, scan("meet [the] founder(s)", "meet the founders").all("t").size());
    assertEquals(1, scan("visit ~2 up to # times", "visit us up to three times").all("t").size());
    assertEquals(0, scan("visit ~2 up to # times", "visit us up to many times").all("t").size());
  }

  @Test
  void never_matches_across_a_sentence_or_comma() {
    assertTrue(scan("support group", "support. group").all("t").isEmpty());
    assertTrue(scan("support ~2 group", "support us, group").all("t").isEmpty());
  }

  @Test
  void marks_denied_phrases_as_negated() {
    assertTrue(scan("support group", "This is not a support group").all("t").get(0).negated());
    assertTrue(scan("vendor(s)", "No sponsors or vendors").all("t").get(0).negated());
    assertTrue(scan("vendor(s)", "A vendor-free evening").all("t").get(0).negated());
    assertTrue(scan("sales pitch*", "Sales pitches are not allowed").all("t").get(0).negated());
    assertFalse(scan("job leads", "Not just job leads: real intros").all("t").get(0).negated());
    assertFalse(scan("support group", "No agenda. A support group for all").all("t").get(0).negated());
  }

  @Test
  void records_the_hits_at_one_word_in_cue_order_whichever_way_each_cue_is_indexed() {
    // "job search" is indexed by its first two words, the others by their first word alone.
    Lexicon lexicon = new Lexicon(List.of(new Cue("t", 1, "job"), new Cue("t", 2, "job search"),
        new Cue("t", 3, "job ~1 tips"), new Cue("t", 4, "job search|hunt"), new Cue("t", 5, "job [search]")));
    List<Hit> hits = lexicon.scan(ListingText.of("job search tips")).all("t");
    assertEquals(List.of(1, 2, 3, 4, 5), hits.stream().map(h -> h.cue().weight()).toList());
    assertEquals(List.of("job", "job search", "job search tips", "job search", "job search"),
        hits.stream().map(Hit::words).toList());
    assertEquals(List.of(1, 4, 5), lexicon.scan(ListingText.of("job hunt. search")).all("t").stream()
        .map(h -> h.cue().weight()).toList());
  }

  @Test
  void rejects_patterns_that_cannot_be_indexed() {
    assertThrows(IllegalArgumentException.class, () -> new Lexicon(List.of(new Cue("t", 1, "[the] group"))));
    assertThrows(IllegalArgumentException.class, () -> new Lexicon(List.of(new Cue("t", 1, "ab* group"))));
    assertThrows(IllegalArgumentException.class, () -> new Lexicon(List.of(new Cue("t", 1, "meet a*"))));
  }

  @Test
  void tells_apart_prefixes_that_share_their_first_letters() {
    String pattern = "meet encourag*|encore*|en*";
    assertEquals("meet encores", scan(pattern, "meet encores").all("t").get(0).words());
    assertEquals("meet encouraged", scan(pattern, "meet encouraged").all("t").get(0).words());
    assertEquals("meet end", scan(pattern, "meet end").all("t").get(0).words());
    assertTrue(scan(pattern, "meet e").all("t").isEmpty());
    assertTrue(scan(pattern, "meet elders").all("t").isEmpty());
  }

  @Test
  void compares_the_words_of_hits_without_joining_them() {
    List<Hit> hits = scan("vendor(s) [stand(s)]", "vendors stand, vendors stand, vendor").all("t");
    assertEquals(3, hits.size());
    assertTrue(hits.get(0).sameWords(hits.get(1)));
    assertFalse(hits.get(0).sameWords(hits.get(2)));
    assertTrue(hits.get(2).sameWords(new Hit(hits.get(2).cue(), 0, 1, "vendor", hits.get(2).field(), false)));
  }

  @Test
  void reads_the_words_of_a_hit_as_its_joined_words_would_read() {
    List<Hit> hits = scan("vendor(s) [stand(s)]", "vendors stand, vendor").all("t");
    Hit pair = hits.get(0);
    Hit single = hits.get(1);
    Hit given = new Hit(single.cue(), 0, 1, "vendor", single.field(), false);
    for (Hit h : List.of(pair, single, given)) {
      for (String s : List.of("vendor", "vendors", "vend", "vendors stand", "vendors st", "stand", "")) {
        assertEquals(h.words().equals(s), h.wordsAre(s), h + " is " + s);
        assertEquals(h.words().startsWith(s), h.wordsStartWith(s), h + " starts with " + s);
      }
    }
  }

  @Test
  void counts_each_cue_once_however_often_it_repeats() {
    Hits hits = scan("vendor(s)", "vendors vendors vendors");
    assertEquals(3, hits.all("t").size());
    assertEquals(1, Hits.strength(hits.all("t")));
  }
}
