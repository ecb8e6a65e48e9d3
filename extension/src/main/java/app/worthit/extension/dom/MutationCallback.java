package app.worthit.extension.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;

/** The callback of a {@link MutationObserver}. */
@JSFunctor
public interface MutationCallback extends JSObject {
  /** A batch of mutation records. */
  void mutated(JSArrayReader<MutationRecord> records, JSObject observer);
}
