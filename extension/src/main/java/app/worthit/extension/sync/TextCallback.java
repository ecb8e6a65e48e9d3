package app.worthit.extension.sync;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A callback given one string: an alarm's name, or a message or reply as JSON text. */
@JSFunctor
public interface TextCallback extends JSObject {
  /** Receives the text. */
  void accept(String text);
}
