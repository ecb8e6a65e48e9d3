package app.worthit.extension.sync;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Handles one runtime message (as JSON text) and answers through {@code reply}, possibly later. */
@JSFunctor
public interface MessageHandler extends JSObject {
  /** One message addressed to the extension's worker. */
  void handle(String json, TextCallback reply);
}
