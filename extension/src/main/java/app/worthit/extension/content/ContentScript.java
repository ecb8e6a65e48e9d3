package app.worthit.extension.content;

import app.worthit.extension.personal.LocalStore;
import org.teavm.jso.browser.Window;

/** Entry point of the content script on Meetup and Eventbrite pages. */
public final class ContentScript {
  private ContentScript() {}

  public static void main(String[] args) {
    new Annotator(Window.current().getLocation().getFullURL(), new LocalStore()).start();
  }
}
