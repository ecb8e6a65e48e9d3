package app.worthit.extract;

import java.util.List;

/**
 * A read-only view of a web page, all that extraction needs: implemented over jsoup on the server
 * and over the live DOM in the extension, so the same extraction code runs in both.
 */
public interface Page {
  /** The page's absolute address, used to resolve relative links; may be null if unknown. */
  String address();

  /** Elements matching a CSS selector, in document order. */
  List<Element> select(String cssSelector);

  /** One element of the page. */
  interface Element {
    /** The attribute's value, or null when the element lacks it. */
    String attr(String name);

    /** The text content (for a script element, its raw source text). */
    String text();

    /** Descendant elements matching a CSS selector, in document order. */
    List<Element> select(String cssSelector);

    /** The parent element, or null at the top of the document (DOM parentElement). */
    Element parent();

    /** True when other is this element or lies inside it (DOM Node.contains). */
    boolean contains(Element other);
  }
}
