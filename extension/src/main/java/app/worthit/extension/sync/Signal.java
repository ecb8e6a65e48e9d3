package app.worthit.extension.sync;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A callback with no arguments, for timers and browser events. */
@JSFunctor
public interface Signal extends JSObject {
  /** The event happened. */
  void fire();
}
