package app.worthit.server.db;

/** A database failure that is no fault of the request: reported as a 500, nothing applied. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
