package app.worthit.rules.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The cue matches of one listing, grouped by tag in text order. */
public final class Hits {
  private final Map<String, List<Hit>> byTag = new LinkedHashMap<>();

  void add(Hit hit) {
    byTag.computeIfAbsent(hit.cue().tag(), k -> new ArrayList<>()).add(hit);
  }

  /** Every hit of a tag, negated ones included. */
  public List<Hit> all(String tag) {
    List<Hit> list = byTag.get(tag);
    return list == null ? List.of() : list;
  }

  /** The hits of a tag that are not negated. */
  public List<Hit> affirmed(String tag) {
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
    for (Map.Entry<String, List<Hit>> e : byTag.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        for (Hit h : e.getValue()) {
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
