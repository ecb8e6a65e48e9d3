package app.worthit.sync;

import app.worthit.json.JsonException;

/**
 * A hybrid logical clock timestamp written {@code <13-digit wall millis>:<4 hex counter>:<device id>},
 * so that the order of the strings is the order of the clocks. Pure functions, TeaVM-safe.
 */
public record Hlc(long wallMillis, int counter, String deviceId) implements Comparable<Hlc> {
  /** The greatest wall time the 13-digit field can hold (year 2286). */
  public static final long MAX_WALL = 9_999_999_999_999L;
  /** The greatest counter the 4 hex digits can hold. */
  public static final int MAX_COUNTER = 0xffff;
  /** Longest device id accepted, so a stamp stays short. */
  public static final int MAX_DEVICE_ID = 64;

  public Hlc {
    if (wallMillis < 0 || wallMillis > MAX_WALL) {
      throw new JsonException("hlc wall time out of range: " + wallMillis);
    }
    if (counter < 0 || counter > MAX_COUNTER) {
      throw new JsonException("hlc counter out of range: " + counter);
    }
    if (!validDeviceId(deviceId)) {
      throw new JsonException("hlc device id must be 1 to 64 letters, digits, '-' or '_'");
    }
  }

  /** True for a non-empty id of at most 64 ASCII letters, digits, '-' and '_'. */
  public static boolean validDeviceId(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_DEVICE_ID) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Parses the exact string form; anything else is a {@link JsonException} naming the problem. */
  public static Hlc parse(String text) {
    if (text == null || text.length() < 20 || text.charAt(13) != ':' || text.charAt(18) != ':') {
      throw new JsonException("hlc must look like 0001700000000000:0000:device-id");
    }
    long wall = 0;
    for (int i = 0; i < 13; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new JsonException("hlc wall time must be 13 digits");
      }
      wall = wall * 10 + (c - '0');
    }
    int counter = 0;
    for (int i = 14; i < 18; i++) {
      char c = text.charAt(i);
      int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
      if (d < 0) {
        throw new JsonException("hlc counter must be 4 lowercase hex digits");
      }
      counter = counter * 16 + d;
    }
    return new Hlc(wall, counter, text.substring(19));
  }

  /** The stamp for a local event at wall time {@code now}, after {@code last} (null before any). */
  public static Hlc send(Hlc last, long now, String deviceId) {
    if (last == null || now > last.wallMillis) {
      return new Hlc(now, 0, deviceId);
    }
    return bump(last.wallMillis, last.counter, deviceId);
  }

  /** The local clock after seeing {@code remote} at wall time {@code now}; never goes backwards. */
  public static Hlc receive(Hlc local, Hlc remote, long now, String deviceId) {
    long localWall = local == null ? -1 : local.wallMillis;
    long wall = Math.max(now, Math.max(localWall, remote.wallMillis));
    if (wall == now && wall > localWall && wall > remote.wallMillis) {
      return new Hlc(wall, 0, deviceId);
    }
    int counter = -1;
    if (wall == localWall) {
      counter = Math.max(counter, local.counter);
    }
    if (wall == remote.wallMillis) {
      counter = Math.max(counter, remote.counter);
    }
    return bump(wall, counter, deviceId);
  }

  private static Hlc bump(long wall, int counter, String deviceId) {
    // A full counter moves the logical wall time one millisecond ahead instead of overflowing.
    return counter >= MAX_COUNTER ? new Hlc(wall + 1, 0, deviceId) : new Hlc(wall, counter + 1, deviceId);
  }

  @Override
  public int compareTo(Hlc other) {
    return toString().compareTo(other.toString());
  }

  /** The wire form: zero-padded 13-digit millis, 4 lowercase hex digits, device id. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(19 + deviceId.length());
    String wall = Long.toString(wallMillis);
    for (int i = wall.length(); i < 13; i++) {
      out.append('0');
    }
    out.append(wall).append(':');
    String hex = Integer.toHexString(counter);
    for (int i = hex.length(); i < 4; i++) {
      out.append('0');
    }
    return out.append(hex).append(':').append(deviceId).toString();
  }
}
