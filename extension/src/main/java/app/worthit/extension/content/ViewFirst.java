package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.extension.dom.Marks;
import app.worthit.extension.dom.ViewWatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * What the reader sees comes first: every event link is watched, and those in or within one screen
 * of the view (the first report names those near the view as the page opens; later ones come as
 * the reader scrolls) are processed ahead of all other work and placed at once.
 */
final class ViewFirst {
  private final WorkQueue queue;
  private final Consumer<LiveElement> process;
  private final Placement placement;
  private final ViewWatcher watcher = new ViewWatcher(this::cameNear);
  /** Links reported before the user's data were loaded, badged once they are. */
  private final List<LiveElement> pending = new ArrayList<>();
  private boolean ready;
  private boolean first = true;

  ViewFirst(WorkQueue queue, Consumer<LiveElement> process, Placement placement) {
    this.queue = queue;
    this.process = process;
    this.placement = placement;
  }

  /** Watches every link of the page until it is processed. */
  void watch(NodeList<? extends Element> links) {
    for (int i = 0; i < links.getLength(); i++) {
      watcher.watch(LiveElement.of(links.get(i)));
    }
  }

  /** The user's data are loaded: badging may start. */
  void ready() {
    ready = true;
    jump();
  }

  /** The link is being processed: it no longer needs to jump the queue. */
  void done(LiveElement link) {
    watcher.forget(link);
  }

  private void cameNear(JSArrayReader<LiveElement> links) {
    for (int i = 0; i < links.getLength(); i++) {
      pending.add(links.get(i));
    }
    jump();
  }

  private void jump() {
    if (!ready || pending.isEmpty()) {
      return;
    }
    List<Runnable> tasks = new ArrayList<>();
    for (LiveElement link : pending) {
      tasks.add(() -> process.accept(link));
    }
    pending.clear();
    boolean opening = first;
    first = false;
    tasks.add(() -> {
      placement.now();
      if (opening) {
        Marks.mark("worthit:view-badged");
      }
    });
    queue.addFirst(tasks);
  }
}
