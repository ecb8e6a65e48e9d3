package app.worthit.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences and paragraphs and tells each one's language from its function
 * words, in one pass without regular expressions. Links, e-mail addresses, domains, HTML tags and
 * entities carry no language and are skipped; so are words with digits, capitalised particles that
 * start a name ("Los Angeles", "De Anza"), particles inside one ("Rio de Janeiro", "van Gogh") and
 * acronyms in otherwise lowercase text ("EST", "LA"). Only the first {@link #MAX_CHARS} characters
 * are read; the rest of a longer text takes the language of what was read.
 */
final class Segmenter {
  /** Characters of a text that are read: a 100 KB description costs no more than 20 KB. */
  static final int MAX_CHARS = 20_000;
  /** Words of one segment that are looked at; a paragraph with no sentence end says enough by then. */
  static final int MAX_WORDS = 120;
  private static final int LANGUAGES = (1 << Language.values().length) - 1;
  private static final int CAP = 1;
  private static final int ALL_CAPS = 2;
  private static final int SINGLE = 4;

  private String text;
  private char[] chars = new char[256];
  private int limit;
  private List<Segment> segments;
  private final Tally tally = new Tally();
  private final char[] lower = new char[64];
  // The current segment's words: table id (or -1), flags and where each is in the text; grown as
  // needed, since most texts are a card's few words. Then the ids counted, to count each once.
  private int[] ids = new int[16];
  private int[] flags = new int[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] counted = new int[16];
  private int entries;
  private int countedSize;
  private int words;
  private boolean hasLower;
  private int segmentStart;
  // The next '>' at or after the reading position, moved forward only.
  private int gt = -1;

  /**
   * The segments of text in order, each with its own language or the one of its context. One
   * Segmenter may split the texts of a listing one after the other (its buffers are reused), but is
   * not shared between threads.
   */
  List<Segment> split(String text) {
    this.text = text;
    limit = Math.min(text.length(), MAX_CHARS);
    if (chars.length < limit) {
      chars = new char[limit];
    }
    text.getChars(0, limit, chars, 0);
    segments = new ArrayList<>();
    entries = 0;
    words = 0;
    hasLower = false;
    segmentStart = 0;
    gt = -1;
    tally.clear();
    scan();
    return Context.apply(segments);
  }

  private void scan() {
    int i = 0;
    while (i < limit) {
      char c = chars[i];
      if (isLetter(c)) {
        i = word(i);
      } else if (c == '<') {
        if (gt < i) {
          gt = Markup.nextGt(chars, i, limit);
        }
        int end = Markup.tagEnd(chars, i, limit, gt);
        boolean block = end > i && Markup.isBlockTag(chars, i, limit);
        i = end > i ? end : i + 1;
        if (block) {
          close(i);
        }
      } else if (c == '&') {
        int end = Markup.entityEnd(chars, i, limit);
        i = end > i ? end : i + 1;
      } else if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '|' || c == '\u2022') {
        close(++i);
      } else {
        if (c == '\u00bf' || c == '\u00a1') {
          tally.letter(Letters.mask(c));
        }
        i++;
      }
    }
    close(limit);
    if (!segments.isEmpty()) {
      Segment last = segments.remove(segments.size() - 1);
      segments.add(new Segment(last.start(), limit, last.words(), last.language(), last.own(), last.clues()));
    }
    if (limit < text.length()) {
      // Unread: about six characters a word, in the language of the text before it.
      segments.add(new Segment(limit, text.length(), (text.length() - limit) / 6, null, false, List.of()));
    }
  }

  /** Reads the word starting at i; returns the index after it. */
  private int word(int i) {
    if (Markup.isLinkStart(chars, i, limit) || (i > 0 && chars[i - 1] == '@')) {
      return Markup.chunkEnd(chars, i, limit);
    }
    int start = i;
    int length = 0;
    int uppers = 0;
    int apostrophe = -1;
    boolean digits = false;
    while (i < limit) {
      char c = chars[i];
      if (isLetter(c)) {
        char l = toLower(c);
        uppers += l != c ? 1 : 0;
        if (length < lower.length) {
          lower[length] = l;
        }
        length++;
        if (l >= 0xC0) {
          tally.letter(Letters.mask(l));
        }
        i++;
      } else if (c >= '0' && c <= '9') {
        digits = true;
        i++;
      } else if ((c == '\'' || c == '\u2019' || c == '\u02bc') && length > 0 && i + 1 < limit && isLetter(chars[i + 1])) {
        if (apostrophe < 0 && length < lower.length) {
          apostrophe = length;
          lower[length] = '\'';
        }
        length++;
        i++;
      } else if (c == '-' && length > 0 && i + 1 < limit && isLetter(chars[i + 1])) {
        digits = true; // a compound ("e-mail", "Startup-Gründer") is no function word
        length++;
        i++;
      } else {
        break;
      }
    }
    if (i < limit && (chars[i] == '@' || (chars[i] == '.' && i + 1 < limit && isLetter(chars[i + 1])))) {
      return Markup.chunkEnd(chars, i, limit); // a domain, an address or an abbreviation such as "e.g."
    }
    words++;
    int flag = (uppers > 0 && isUpper(chars[start]) ? CAP : 0) | (uppers == length && length > 1 ? ALL_CAPS : 0)
        | (length == 1 ? SINGLE : 0);
    hasLower |= uppers < length;
    int id = digits || length > lower.length ? -1 : FunctionWords.TABLE.idOf(lower, 0, length);
    if (id < 0 && apostrophe > 0 && !digits && length <= lower.length) {
      // "c'est", "dell'evento": the elided word and the one it leans on.
      add(FunctionWords.TABLE.idOf(lower, 0, apostrophe + 1), flag, start, start + apostrophe + 1);
      add(FunctionWords.TABLE.idOf(lower, apostrophe + 1, length), flag & ~CAP, start + apostrophe + 1, i);
    } else {
      add(id, flag, start, i);
    }
    return i;
  }

  /** Records a word of the segment. */
  private void add(int id, int flag, int start, int end) {
    if (entries < MAX_WORDS) {
      if (entries == ids.length) {
        grow();
      }
      ids[entries] = id;
      flags[entries] = flag;
      starts[entries] = start;
      ends[entries] = end;
      entries++;
    }
  }

  private void grow() {
    int n = Math.min(MAX_WORDS, ids.length * 2);
    ids = java.util.Arrays.copyOf(ids, n);
    flags = java.util.Arrays.copyOf(flags, n);
    starts = java.util.Arrays.copyOf(starts, n);
    ends = java.util.Arrays.copyOf(ends, n);
    counted = java.util.Arrays.copyOf(counted, n);
  }

  /** Ends the current segment at end, if it has words; a mark with none joins the next one. */
  private void close(int end) {
    if (words == 0) {
      return;
    }
    countedSize = 0;
    for (int k = 0; k < entries; k++) {
      if (counts(k)) {
        counted[countedSize++] = ids[k];
        tally.word(FunctionWords.TABLE.value(ids[k]) & LANGUAGES);
      }
    }
    Language language = tally.decide();
    segments.add(new Segment(segmentStart, end, words, language, language != null, clues(language)));
    tally.clear();
    segmentStart = end;
    entries = 0;
    words = 0;
    hasLower = false;
  }

  private boolean counts(int k) {
    int id = ids[k];
    if (id < 0 || wasCounted(id)) {
      return false;
    }
    int flag = flags[k];
    if (((flag & SINGLE) != 0 && (flag & CAP) != 0) || ((flag & ALL_CAPS) != 0 && hasLower)) {
      return false;
    }
    return (FunctionWords.TABLE.value(id) & FunctionWords.PARTICLE) == 0 || !inName(k);
  }

  // A segment counts a handful of distinct function words: a scan beats a table per text.
  private boolean wasCounted(int id) {
    for (int i = 0; i < countedSize; i++) {
      if (counted[i] == id) {
        return true;
      }
    }
    return false;
  }

  /** True for a particle that starts a name ("Los Angeles") or sits inside one ("Rio de Janeiro"). */
  private boolean inName(int k) {
    int next = k + 1;
    while (next < entries && isLowerParticle(next)) {
      next++;
    }
    boolean nextCap = next < entries && (flags[next] & CAP) != 0;
    if ((flags[k] & CAP) != 0) {
      return nextCap;
    }
    int previous = k - 1;
    while (previous >= 0 && isLowerParticle(previous)) {
      previous--;
    }
    return nextCap && previous >= 0 && (flags[previous] & CAP) != 0;
  }

  private boolean isLowerParticle(int k) {
    return ids[k] >= 0 && (flags[k] & CAP) == 0 && (FunctionWords.TABLE.value(ids[k]) & FunctionWords.PARTICLE) != 0;
  }

  /** Up to five distinct function words of a foreign language, in text order, as the reason's evidence. */
  private List<String> clues(Language language) {
    if (language == null || language == Language.ENGLISH) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    countedSize = 0;
    for (int k = 0; k < entries && out.size() < 5; k++) {
      if (counts(k) && (FunctionWords.TABLE.value(ids[k]) & language.bit()) != 0) {
        counted[countedSize++] = ids[k];
        out.add(text.substring(starts[k], ends[k]).toLowerCase());
      }
    }
    return out;
  }

  // ASCII decided inline: TeaVM's Character methods decode Unicode tables.
  private static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  private static boolean isUpper(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static char toLower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
