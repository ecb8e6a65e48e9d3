package app.worthit.rules.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Every plain word the cues name, numbered once, so matching compares ints instead of strings; a
 * token the cues never name has no number ({@link #NONE}) and can only match a prefix or a number.
 */
final class Vocabulary {
  /** The id of a word no cue names. */
  static final int NONE = -1;

  private final Map<String, Integer> ids = new HashMap<>();

  /** The id of a cue word, adding it if new. */
  int add(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = ids.size();
      ids.put(word, id);
    }
    return id;
  }

  /** The id of a token, or NONE. */
  int idOf(String token) {
    Integer id = ids.get(token);
    return id == null ? NONE : id;
  }

  /** How many words are numbered. */
  int size() {
    return ids.size();
  }
}
