package app.worthit.extension.digest;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Files the page hands to the browser's downloads, through a link with a download name. */
public final class Download {
  /** The media type of iCalendar files. */
  public static final String CALENDAR = "text/calendar;charset=utf-8";

  private Download() {}

  /** Points the link at the text as a file of that name and type, and follows it. */
  public static void offer(HTMLElement link, String text, String fileName, String type) {
    String old = link.getAttribute("href");
    if (old != null && old.startsWith("blob:")) {
      revoke(old);
    }
    link.setAttribute("href", objectUrl(text, type));
    link.setAttribute("download", fileName);
    link.click();
  }

  @JSBody(params = {"text", "type"}, script = "return URL.createObjectURL(new Blob([text], {type: type}));")
  private static native String objectUrl(String text, String type);

  @JSBody(params = "url", script = "URL.revokeObjectURL(url);")
  private static native void revoke(String url);
}
