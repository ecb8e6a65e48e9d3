package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase that hints at something, with a weight, filed under a tag such as "support-group/room".
 *
 * <p>Pattern syntax, one element per space-separated part: {@code a|b} alternatives; {@code word*} a
 * prefix; {@code word(s)} an optional suffix; {@code #} a number in digits or words; {@code [x|y]}
 * an optional element; {@code ~N} up to N words of any kind. The first element must be plain words
 * or prefixes of three letters or more, or a number.
 */
public record Cue(String tag, int weight, String pattern) {
  /** Cues with one tag and weight for each pattern. */
  public static List<Cue> of(String tag, int weight, String... patterns) {
    List<Cue> cues = new ArrayList<>(patterns.length);
    for (String p : patterns) {
      cues.add(new Cue(tag, weight, p));
    }
    return cues;
  }

  // Written out, though a record has them, because scoring hashes cues (Hits.strength): the
  // generated ones are built from method handles at first use, and on the JVM that spins dozens of
  // classes and keeps the JIT busy for longer than the whole scoring of a batch.
  @Override
  public boolean equals(Object o) {
    return o instanceof Cue c && weight == c.weight && tag.equals(c.tag) && pattern.equals(c.pattern);
  }

  @Override
  public int hashCode() {
    return (tag.hashCode() * 31 + weight) * 31 + pattern.hashCode();
  }
}
