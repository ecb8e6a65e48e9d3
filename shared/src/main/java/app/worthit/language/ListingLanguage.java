package app.worthit.language;

import app.worthit.model.Listing;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a listing for its English part: each field's sentences and paragraphs in another language
 * are set aside. When the English free text is too short to judge by, only what is plainly English
 * stays (an English title, say), so no rule fires from words in a language the rules cannot read.
 */
public final class ListingLanguage {
  /** English words of description and group description that are enough to judge the listing by. */
  public static final int ENOUGH_ENGLISH_WORDS = 6;

  private ListingLanguage() {}

  /** The listing's text as the rules should read it. */
  public static ListingReading of(Listing listing) {
    String[] fields = {listing.title(), listing.groupName(), listing.description(), listing.groupDescription()};
    List<List<Segment>> segments = new ArrayList<>();
    int[] foreign = new int[Language.values().length];
    boolean any = false;
    int english = 0;
    Segmenter segmenter = new Segmenter();
    for (int f = 0; f < fields.length; f++) {
      List<Segment> list = LanguageDetector.segments(fields[f], segmenter);
      segments.add(list);
      for (Segment s : list) {
        if (s.isForeign()) {
          foreign[s.language().ordinal()] += s.words();
          any = true;
        } else if (f >= 2 && s.language() == Language.ENGLISH) {
          english += s.words();
        }
      }
    }
    if (!any) {
      return ListingReading.whole(fields[0], fields[1], fields[2], fields[3]);
    }
    boolean enough = english >= ENOUGH_ENGLISH_WORDS;
    String[] kept = new String[fields.length];
    for (int f = 0; f < fields.length; f++) {
      kept[f] = keep(fields[f], segments.get(f), enough);
    }
    List<Language> unread = byWords(foreign);
    return new ListingReading(kept[0], kept[1], kept[2], kept[3], unread, clues(segments, unread.get(0)), enough);
  }

  /** The field's segments the rules read, joined; null when none is. */
  private static String keep(String field, List<Segment> segments, boolean enough) {
    StringBuilder out = new StringBuilder();
    int end = -1;
    for (Segment s : segments) {
      boolean read = enough ? !s.isForeign() : s.language() == Language.ENGLISH;
      if (read) {
        if (out.length() > 0 && s.start() != end) {
          out.append('\n');
        }
        out.append(field, s.start(), s.end());
        end = s.end();
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static List<Language> byWords(int[] words) {
    List<Language> out = new ArrayList<>();
    for (Language l : Language.values()) {
      if (words[l.ordinal()] > 0) {
        int at = 0;
        while (at < out.size() && words[out.get(at).ordinal()] >= words[l.ordinal()]) {
          at++;
        }
        out.add(at, l);
      }
    }
    return out;
  }

  /** The first five distinct function words that showed the main unread language. */
  private static List<String> clues(List<List<Segment>> segments, Language language) {
    List<String> out = new ArrayList<>();
    for (List<Segment> field : segments) {
      for (Segment s : field) {
        if (s.language() == language) {
          for (String clue : s.clues()) {
            if (out.size() < 5 && !out.contains(clue)) {
              out.add(clue);
            }
          }
        }
      }
    }
    return out;
  }
}
