package app.worthit.extension.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;

/**
 * An IntersectionObserver reporting elements as they come within one screen of the view (the
 * first report, after the page's first layout, names those near the view as the page opens).
 */
public final class ViewWatcher {
  /** Called with the elements that came near the view, in document order. */
  @JSFunctor
  public interface Near extends JSObject {
    /** The elements are now in the view or within one screen of it. */
    void near(JSArrayReader<LiveElement> elements);
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

  // The observer works out intersections in the browser's rendering step, after its own layout:
  // reading boxes here instead would force a layout of the whole page inside the script's task.
  @JSBody(params = "callback", script = "return new IntersectionObserver(function(entries, self) {"
      + " var near = [];"
      + " for (var i = 0; i < entries.length; i++) { if (entries[i].isIntersecting) {"
      + "   self.unobserve(entries[i].target); near.push(entries[i].target); } }"
      + " if (near.length > 0) callback(near); }, {rootMargin: '100% 0px'});")
  private static native JSObject create(Near callback);

  @JSBody(params = {"observer", "element"}, script = "observer.observe(element);")
  private static native void observe(JSObject observer, LiveElement element);

  @JSBody(params = {"observer", "element"}, script = "observer.unobserve(element);")
  private static native void unobserve(JSObject observer, LiveElement element);
}
