package app.worthit.extension.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** An IntersectionObserver reporting elements as they come within one screen of the view. */
public final class ViewWatcher {
  /** Called with an element that came near the view. */
  @JSFunctor
  public interface Near extends JSObject {
    /** The element is now in the view or within one screen of it. */
    void near(LiveElement element);
  }

  private final JSObject observer;

  /** A watcher calling back for each watched element that comes near the view. */
  public ViewWatcher(Near callback) {
    observer = create(callback);
  }

  /** Watches the element until it is reported or {@link #forget forgotten}. */
  public void watch(LiveElement element) {
    observe(observer, element);
  }

  /** Stops watching the element. */
  public void forget(LiveElement element) {
    unobserve(observer, element);
  }

  @JSBody(params = "callback", script = "return new IntersectionObserver(function(entries, self) {"
      + " for (var i = 0; i < entries.length; i++) { if (entries[i].isIntersecting) {"
      + "   self.unobserve(entries[i].target); callback(entries[i].target); } } }, {rootMargin: '100% 0px'});")
  private static native JSObject create(Near callback);

  @JSBody(params = {"observer", "element"}, script = "observer.observe(element);")
  private static native void observe(JSObject observer, LiveElement element);

  @JSBody(params = {"observer", "element"}, script = "observer.unobserve(element);")
  private static native void unobserve(JSObject observer, LiveElement element);
}
