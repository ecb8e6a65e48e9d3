package app.worthit.json;

/** Input that is not acceptable JSON, or JSON of the wrong shape; the message names the problem. */
public final class JsonException extends RuntimeException {
  public JsonException(String message) {
    super(message);
  }
}
