package app.worthit.extension.browser;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Listener of {@code chrome.runtime.onInstalled}, given the details object. */
@JSFunctor
public interface InstalledListener extends JSObject {
  /** The extension was installed or updated. */
  void installed(JSObject details);
}
