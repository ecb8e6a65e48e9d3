package app.worthit.extension.popup;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** The text of the file chosen in a file input. */
final class ChosenFile {
  private ChosenFile() {}

  /** The chosen file's text, or null when none was chosen. */
  @JSBody(params = "input",
      script = "return input.files && input.files[0] ? input.files[0].text() : Promise.resolve(null);")
  static native JSPromise<JSString> text(FormField input);
}
