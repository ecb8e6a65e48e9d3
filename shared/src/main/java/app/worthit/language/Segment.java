package app.worthit.language;

import java.util.List;

/**
 * A sentence or paragraph of a text: where it is, how many words it has, the language it is in
 * (null when unknown) and whether it said so itself or took it from its neighbours; {@code clues}
 * are the function words that told a language other than English.
 */
public record Segment(int start, int end, int words, Language language, boolean own, List<String> clues) {
  /** The same segment in the language of its context. */
  Segment inContext(Language context) {
    return new Segment(start, end, words, context, false, clues);
  }

  /** True when the segment is in a language other than English. */
  public boolean isForeign() {
    return language != null && language != Language.ENGLISH;
  }
}
