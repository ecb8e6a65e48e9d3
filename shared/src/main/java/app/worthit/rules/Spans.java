package app.worthit.rules;

/**
 * Token ranges seen so far, merged into disjoint spans kept in start order, so "does this hit
 * overlap any of them" costs a binary search, not a pass over every earlier hit (a 100 KB
 * description can hold thousands). Hits mostly come in text order, and then a span is appended.
 */
final class Spans {
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int count;

  /** True if [start, end) shares a token with a span added before. */
  boolean overlaps(int start, int end) {
    int before = lastStartingBefore(end);
    return before >= 0 && ends[before] > start;
  }

  /** Adds [start, end), merged with every span it overlaps or touches. */
  void add(int start, int end) {
    // Spans [first, last] overlap or touch [start, end): ends are ordered like starts.
    int last = lastStartingBefore(end + 1);
    int first = last + 1;
    while (first > 0 && ends[first - 1] >= start) {
      first--;
    }
    if (first <= last) {
      start = Math.min(start, starts[first]);
      end = Math.max(end, ends[last]);
    }
    int removed = last - first + 1;
    if (removed == 0 && count == starts.length) {
      int[] biggerStarts = new int[count * 2];
      int[] biggerEnds = new int[count * 2];
      System.arraycopy(starts, 0, biggerStarts, 0, count);
      System.arraycopy(ends, 0, biggerEnds, 0, count);
      starts = biggerStarts;
      ends = biggerEnds;
    }
    int tail = count - (last + 1);
    int to = first + 1;
    System.arraycopy(starts, last + 1, starts, to, tail);
    System.arraycopy(ends, last + 1, ends, to, tail);
    starts[first] = start;
    ends[first] = end;
    count += 1 - removed;
  }

  // The index of the last span starting before position, or -1.
  private int lastStartingBefore(int position) {
    if (count > 0 && starts[count - 1] < position) {
      return count - 1;
    }
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < position) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }
}
