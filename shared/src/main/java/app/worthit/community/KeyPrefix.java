package app.worthit.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The short hash prefix a client asks the server about instead of a subject key: many keys share
 * each prefix, so a lookup does not tell the server which event the user is looking at.
 */
public final class KeyPrefix {
  /** Hex characters of a prefix. */
  public static final int LENGTH = 4;
  /** Most prefixes the server accepts in one lookup. */
  public static final int MAX_PER_REQUEST = 200;

  private KeyPrefix() {}

  /** The first 4 lowercase hex characters of the key's SHA-256. */
  public static String of(String key) {
    return Sha256.hex(key).substring(0, LENGTH);
  }

  /** The distinct prefixes of the keys, sorted. */
  public static List<String> distinct(Collection<String> keys) {
    TreeSet<String> prefixes = new TreeSet<>();
    for (String key : keys) {
      prefixes.add(of(key));
    }
    return new ArrayList<>(prefixes);
  }

  /** True for exactly 4 lowercase hex characters. */
  public static boolean valid(String prefix) {
    if (prefix == null || prefix.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = prefix.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
