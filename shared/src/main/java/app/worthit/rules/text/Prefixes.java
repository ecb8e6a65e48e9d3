package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word prefix the cues name ("isolat*"), numbered once, so that a token's prefixes are found
 * once per token as a bit mask and each pattern element then tests them with an AND, instead of
 * comparing strings every time a pattern reaches the token.
 */
final class Prefixes {
  private final List<String> all = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  // Prefix ids by the prefix's first character (ASCII; the rest share slot 0), built on first use.
  private int[][] byFirst;

  /** The id of a prefix, adding it if new; all are added before the first token is read. */
  int add(String prefix) {
    Integer id = ids.get(prefix);
    if (id == null) {
      id = all.size();
      all.add(prefix);
      ids.put(prefix, id);
      byFirst = null;
    }
    return id;
  }

  /** How many ints one token's mask takes. */
  int maskWords() {
    return (all.size() + 31) >>> 5;
  }

  /** Sets, in mask from offset on, the bit of every prefix the token starts with. */
  void mask(String token, int[] mask, int offset) {
    if (token.isEmpty()) {
      return;
    }
    for (int id : candidates(token.charAt(0))) {
      if (token.startsWith(all.get(id))) {
        mask[offset + (id >>> 5)] |= 1 << (id & 31);
      }
    }
  }

  private int[] candidates(char first) {
    if (byFirst == null) {
      List<List<Integer>> slots = new ArrayList<>();
      for (int s = 0; s < 128; s++) {
        slots.add(new ArrayList<>());
      }
      for (int id = 0; id < all.size(); id++) {
        slots.get(slot(all.get(id).charAt(0))).add(id);
      }
      int[][] built = new int[128][];
      for (int s = 0; s < 128; s++) {
        List<Integer> slot = slots.get(s);
        built[s] = new int[slot.size()];
        for (int i = 0; i < built[s].length; i++) {
          built[s][i] = slot.get(i);
        }
      }
      byFirst = built;
    }
    return byFirst[slot(first)];
  }

  private static int slot(char c) {
    return c < 128 ? c : 0;
  }
}
