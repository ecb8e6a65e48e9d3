package app.worthit.extension.popup;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.EventTarget;

/** An input element of the popup: its text value. */
public interface FormField extends EventTarget, JSObject {
  /** The current value. */
  @JSProperty
  String getValue();

  /** Sets the value. */
  @JSProperty
  void setValue(String value);
}
