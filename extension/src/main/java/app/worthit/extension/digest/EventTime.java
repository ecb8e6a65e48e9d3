package app.worthit.extension.digest;

import org.teavm.jso.JSBody;

/** The browser's clock and time zone, and dates in the user's own locale. */
public final class EventTime {
  private EventTime() {}

  /** The browser's offset from UTC now, in minutes east (UTC+2 gives 120). */
  @JSBody(script = "return -new Date().getTimezoneOffset();")
  public static native int offsetMinutes();

  /** "Thu, 25 Jun, 18:00" in the user's locale. */
  @JSBody(params = "millis", script = "return new Date(millis).toLocaleString(undefined,"
      + " {weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'});")
  public static native String dateTime(double millis);

  /** "Thu, 25 Jun" in the user's locale. */
  @JSBody(params = "millis", script = "return new Date(millis).toLocaleDateString(undefined,"
      + " {weekday: 'short', day: 'numeric', month: 'short'});")
  public static native String date(double millis);

  /** The instant as an ISO string, for a time element's datetime. */
  @JSBody(params = "millis", script = "return new Date(millis).toISOString();")
  public static native String iso(double millis);
}
