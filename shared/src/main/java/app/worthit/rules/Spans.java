package app.worthit.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * Token ranges seen so far, merged into disjoint spans, so "does this hit overlap any of them" costs
 * a logarithm, not a pass over every earlier hit (a 100 KB description can hold thousands).
 */
final class Spans {
  private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();

  /** True if [start, end) shares a token with a span added before. */
  boolean overlaps(int start, int end) {
    Map.Entry<Integer, Integer> before = endByStart.lowerEntry(end);
    return before != null && before.getValue() > start;
  }

  /** Adds [start, end), merged with every span it overlaps or touches. */
  void add(int start, int end) {
    Map.Entry<Integer, Integer> near = endByStart.floorEntry(end);
    while (near != null && near.getValue() >= start) {
      start = Math.min(start, near.getKey());
      end = Math.max(end, near.getValue());
      endByStart.remove(near.getKey());
      near = endByStart.floorEntry(end);
    }
    endByStart.put(start, end);
  }
}
