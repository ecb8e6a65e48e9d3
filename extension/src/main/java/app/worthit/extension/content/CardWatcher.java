package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.extension.dom.MutationObserver;
import app.worthit.extension.dom.MutationRecord;
import app.worthit.extension.dom.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;
import org.teavm.jso.dom.xml.NodeList;

/**
 * One throttled MutationObserver for the whole page: collects links that were added or whose href
 * changed, and reports them at most once per window, so new cards get badges within ~100 ms.
 */
final class CardWatcher {
  /** Throttle window in ms. */
  private static final int WINDOW_MS = 40;

  private final Consumer<List<LiveElement>> onLinks;
  private final Runnable onOverlayRemoved;
  private List<LiveElement> pending = new ArrayList<>();
  /** Badge hosts the page copied (outerHTML, cloneNode): they have no shadow root and must go. */
  private List<LiveElement> copies = new ArrayList<>();
  private boolean overlayRemoved;
  private boolean scheduled;

  CardWatcher(Consumer<List<LiveElement>> onLinks, Runnable onOverlayRemoved) {
    this.onLinks = onLinks;
    this.onOverlayRemoved = onOverlayRemoved;
  }

  /** Starts watching the document. */
  void observe() {
    MutationObserver observer = new MutationObserver((records, self) -> collect(records));
    observer.observe(HTMLDocument.current().getDocumentElement(), MutationObserver.subtreeAndLinks());
  }

  private void collect(JSArrayReader<MutationRecord> records) {
    for (int i = 0; i < records.getLength(); i++) {
      MutationRecord r = records.get(i);
      if ("attributes".equals(r.getType())) {
        pending.add(LiveElement.of((Element) r.getTarget()));
        continue;
      }
      NodeList<Node> added = r.getAddedNodes();
      for (int j = 0; j < added.getLength(); j++) {
        addLinks(added.get(j));
      }
      NodeList<Node> removed = r.getRemovedNodes();
      for (int j = 0; j < removed.getLength(); j++) {
        if (Badge.TAG.equalsIgnoreCase(removed.get(j).getNodeName())) {
          overlayRemoved = true;
        }
      }
    }
    if ((overlayRemoved || !pending.isEmpty() || !copies.isEmpty()) && !scheduled) {
      scheduled = true;
      Scheduler.later(this::flush, WINDOW_MS);
    }
  }

  private void addLinks(Node node) {
    if (node.getNodeType() != Node.ELEMENT_NODE) {
      return;
    }
    Element element = (Element) node;
    if (Badge.TAG.equalsIgnoreCase(node.getNodeName())) {
      copies.add(LiveElement.of(element));
      return;
    }
    NodeList<? extends Element> hosts = element.querySelectorAll(Badge.TAG);
    for (int k = 0; k < hosts.getLength(); k++) {
      copies.add(LiveElement.of(hosts.get(k)));
    }
    if ("A".equalsIgnoreCase(element.getTagName()) && element.hasAttribute("href")) {
      pending.add(LiveElement.of(element));
    }
    NodeList<? extends Element> links = element.querySelectorAll("a[href]");
    for (int k = 0; k < links.getLength(); k++) {
      pending.add(LiveElement.of(links.get(k)));
    }
  }

  private void flush() {
    scheduled = false;
    List<LiveElement> links = pending;
    pending = new ArrayList<>();
    for (LiveElement host : copies) {
      if (host.getShadowRoot() == null) {
        host.remove();
      }
    }
    copies = new ArrayList<>();
    if (overlayRemoved) {
      overlayRemoved = false;
      onOverlayRemoved.run();
    }
    onLinks.accept(links);
  }
}
