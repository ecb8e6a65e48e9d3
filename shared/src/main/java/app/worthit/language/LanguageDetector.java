package app.worthit.language;

import java.util.List;

/**
 * Tells the language of a text from the share of each language's function words in each of its
 * sentences and paragraphs, with accented letters as the tie-breaker. No dependency and no regular
 * expression: it runs on every card of a listing page in the browser.
 */
public final class LanguageDetector {
  private LanguageDetector() {}

  /** The sentences and paragraphs of text, each with the language it is in (null: unknown). */
  public static List<Segment> segments(String text) {
    return segments(text, new Segmenter());
  }

  /** As {@link #segments(String)}, with the segmenter of the caller (one per listing). */
  static List<Segment> segments(String text, Segmenter segmenter) {
    return text == null || text.isEmpty() ? List.of() : segmenter.split(text);
  }

  /** The language most of the text's words are in, or null when nothing in it tells. */
  public static Language detect(String text) {
    int[] words = new int[Language.values().length];
    for (Segment s : segments(text)) {
      if (s.language() != null) {
        words[s.language().ordinal()] += s.words();
      }
    }
    Language best = null;
    for (Language l : Language.values()) {
      if (words[l.ordinal()] > 0 && (best == null || words[l.ordinal()] > words[best.ordinal()])) {
        best = l;
      }
    }
    return best;
  }
}
