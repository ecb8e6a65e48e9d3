package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The cue matches of one listing, grouped by tag in text order. Tags are numbered by the lexicon, so
 * filing one of the thousands of hits a long text can hold is an array access, not a map lookup.
 */
public final class Hits {
  private final Map<String, Integer> tagIds;
  private final List<Hit>[] byTag;
  // How many of each tag's hits are negated: most tags have none, and their affirmed hits are all.
  private final int[] negated;
  // Tag ids in the order of their first hit.
  private final int[] order;
  private int tags;

  @SuppressWarnings("unchecked")
  Hits(Map<String, Integer> tagIds) {
    this.tagIds = tagIds;
    this.byTag = new List[tagIds.size()];
    this.negated = new int[tagIds.size()];
    this.order = new int[tagIds.size()];
  }

  void add(int tag, Hit hit) {
    List<Hit> list = byTag[tag];
    if (list == null) {
      list = new ArrayList<>();
      byTag[tag] = list;
      order[tags++] = tag;
    }
    list.add(hit);
    if (hit.negated()) {
      negated[tag]++;
    }
  }

  /** Every hit of a tag, negated ones included. */
  public List<Hit> all(String tag) {
    Integer id = tagIds.get(tag);
    List<Hit> list = id == null ? null : byTag[id];
    return list == null ? List.of() : list;
  }

  /** The hits of a tag that are not negated, in text order; not to be modified. */
  public List<Hit> affirmed(String tag) {
    Integer id = tagIds.get(tag);
    if (id != null && byTag[id] != null && negated[id] == 0) {
      // No copy: the rules ask for a tag's hits many times, and a long text can hold thousands.
      return Collections.unmodifiableList(byTag[id]);
    }
    return affirmed(tag, h -> true);
  }

  /** The hits of a tag that are not negated and pass the filter. */
  public List<Hit> affirmed(String tag, Predicate<Hit> filter) {
    List<Hit> out = new ArrayList<>();
    for (Hit h : all(tag)) {
      if (!h.negated() && filter.test(h)) {
        out.add(h);
      }
    }
    return out;
  }

  /** The non-negated hits of every tag starting with prefix, in text order. */
  public List<Hit> affirmedByPrefix(String prefix) {
    List<Hit> out = new ArrayList<>();
    for (int k = 0; k < tags; k++) {
      List<Hit> list = byTag[order[k]];
      if (list.get(0).cue().tag().startsWith(prefix)) {
        for (Hit h : list) {
          if (!h.negated()) {
            out.add(h);
          }
        }
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    return out;
  }

  /** Sum of weights over distinct cues among the hits, so a phrase repeated 50 times counts once. */
  public static int strength(List<Hit> hits) {
    Set<Cue> seen = new LinkedHashSet<>();
    int sum = 0;
    for (Hit h : hits) {
      if (seen.add(h.cue())) {
        sum += h.cue().weight();
      }
    }
    return sum;
  }
}
