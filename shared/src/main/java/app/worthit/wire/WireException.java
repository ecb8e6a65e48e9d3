package app.worthit.wire;

/**
 * Well-formed JSON of the wrong shape for the wire format (malformed text is a JsonException); the
 * message starts with the offending field's path.
 */
public final class WireException extends RuntimeException {
  private final String path;

  /** A problem with the value at {@code path}, e.g. "listing.priceCents". */
  public WireException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** The path of the offending field, e.g. "listing.priceCents" or "reasons[2].rule". */
  public String path() {
    return path;
  }
}
