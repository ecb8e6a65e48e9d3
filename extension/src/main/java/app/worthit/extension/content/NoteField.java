package app.worthit.extension.content;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/** The value of a textarea, read and written as plain text. */
final class NoteField {
  private NoteField() {}

  @JSBody(params = "area", script = "return area.value;")
  static native String value(Element area);

  @JSBody(params = {"area", "text"}, script = "area.value = text;")
  static native void setValue(Element area, String text);
}
