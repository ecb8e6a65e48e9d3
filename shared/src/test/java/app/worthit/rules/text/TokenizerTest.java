package app.worthit.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static String words(String text) {
    List<String> out = new ArrayList<>();
    Tokenizer.tokenize(text, out);
    return String.join(" ", out);
  }

  @Test
  void lowercases_and_folds_accents() {
    assertEquals("cafe creme naive strasse aeroskobing lodz .", words("Caf\u00e9 CR\u00c8ME na\u00efve Stra\u00dfe \u00c6r\u00f8sk\u00f8bing \u0141\u00f3d\u017a"));
  }

  @Test
  void drops_apostrophes_inside_words_so_contractions_read_as_one_word() {
    assertEquals("youre not alone weve seen it .", words("You\u2019re not alone - we've seen it"));
  }

  @Test
  void turns_clause_ends_into_stops_and_commas_into_commas() {
    assertEquals("laid off . share , vent . wins .", words("Laid off? Share, vent!  Wins..."));
  }

  @Test
  void removes_markdown_links_urls_emphasis_headings_and_escapes() {
    assertEquals("support group . join here bold and italic .",
        words("# **Support** _group_\n[Join here](https://example.com/x?y=1) \\*bold\\* and *italic* https://t.co/abc"));
  }

  @Test
  void removes_html_tags_and_apostrophe_entities() {
    assertEquals("youre welcome tom jerry .", words("<p>You&#39;re <b>welcome</b></p> Tom &amp; Jerry"));
  }

  @Test
  void emoji_separate_words() {
    assertEquals("coffee chats every week .", words("\u2615coffee\ud83d\ude00chats \ud83d\udc4d every week"));
  }

  @Test
  void reads_one_colon_one_as_one_on_one_but_leaves_times_alone() {
    assertEquals("one on one chats at 6 . 30 .", words("1:1 chats at 6:30"));
  }

  @Test
  void keeps_dots_inside_words_from_ending_a_sentence() {
    assertEquals("node js meetup .", words("Node.js meetup"));
  }

  @Test
  void an_empty_or_null_text_gives_no_words() {
    List<String> out = new ArrayList<>();
    Tokenizer.tokenize(null, out);
    Tokenizer.tokenize("", out);
    assertEquals(List.of(), out);
  }
}
