package app.worthit.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static int idIn(Vocabulary v, String text, int from, int to) {
    return v.idOf(text.toCharArray(), from, to);
  }

  @Test
  void finds_every_word_by_its_characters_and_nothing_else() {
    Vocabulary v = new Vocabulary();
    // Words that differ only in their last letters land in neighbouring hash values.
    String[] words = {"talk", "talks", "talker", "a", "an", "and", "network", "networking", "café"};
    for (String w : words) {
      v.add(w);
    }
    for (int i = 0; i < 2000; i++) {
      v.add("w" + i);
    }
    for (int i = 0; i < words.length; i++) {
      String text = "<" + words[i] + ">";
      assertEquals(i, idIn(v, text, 1, text.length() - 1), words[i]);
    }
    assertEquals(words.length + 1999, idIn(v, "w1999", 0, 5));
    assertEquals(Vocabulary.NONE, idIn(v, "talkative", 0, 9));
    assertEquals(Vocabulary.NONE, idIn(v, "tal", 0, 3));
    assertEquals(Vocabulary.NONE, idIn(v, "w2000", 0, 5));
    assertEquals(Vocabulary.NONE, idIn(v, "x", 0, 0));
  }

  @Test
  void numbers_each_word_once_in_the_order_added() {
    Vocabulary v = new Vocabulary();
    assertEquals(0, v.add("talk"));
    assertEquals(1, v.add("walk"));
    assertEquals(0, v.add("talk"));
    assertEquals(2, v.size());
  }
}
