package app.worthit.extension.sync;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** What {@link Http#call} resolves to. */
interface HttpAnswer extends JSObject {
  /** The HTTP status, or 0 when no answer came. */
  @JSProperty
  int getStatus();

  /** The response text, or the browser's error message for status 0. */
  @JSProperty
  String getBody();

  /** The Retry-After header, or empty. */
  @JSProperty
  String getRetryAfter();
}
