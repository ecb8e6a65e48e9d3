package app.worthit.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {
  @Test
  void holds_exactly_its_words_as_the_tokenizer_writes_them() {
    WordSet set = WordSet.of("for", "only", "cafe", "youre");
    ListingText text = ListingText.of("Only FOR you: café, you're fort-only forum.");
    List<String> in = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (set.contains(text, i)) {
        in.add(text.token(i));
      }
    }
    assertEquals(List.of("only", "for", "cafe", "youre", "only"), in);
  }

  @Test
  void answers_the_words_around_a_position_within_its_clause() {
    ListingText text = ListingText.of("A group only for QA engineers. Hire them");
    int qa = 4;
    assertEquals("qa", text.token(qa));
    WordSet marks = WordSet.of("for", "only");
    assertEquals(true, text.anyBefore(qa, 1, marks));
    assertEquals(false, text.anyBefore(qa - 2, 1, marks));
    assertEquals(false, text.anyAfter(qa + 2, 3, WordSet.of("hire")), "the sentence ends first");
  }
}
