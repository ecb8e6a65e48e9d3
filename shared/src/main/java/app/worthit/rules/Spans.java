package app.worthit.rules;

/**
 * The tokens covered by the ranges seen so far, one bit a token, so "does this hit share a token
 * with any of them" reads a few bits whatever the order the ranges come in: evidence reads hits of
 * several tags one tag after the other, and a long text can hold thousands of them.
 */
final class Spans {
  // Ints, not longs: TeaVM emulates long arithmetic in JavaScript.
  private int[] bits = new int[8];

  /** True if [start, end) shares a token with a range added before. */
  boolean overlaps(int start, int end) {
    int last = Math.min(end, bits.length << 5);
    for (int t = start; t < last; t++) {
      if ((bits[t >>> 5] & (1 << (t & 31))) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Adds the tokens of [start, end). */
  void add(int start, int end) {
    if (end > bits.length << 5) {
      int[] bigger = new int[Math.max(bits.length * 2, (end >>> 5) + 1)];
      System.arraycopy(bits, 0, bigger, 0, bits.length);
      bits = bigger;
    }
    for (int t = start; t < end; t++) {
      bits[t >>> 5] |= 1 << (t & 31);
    }
  }
}
