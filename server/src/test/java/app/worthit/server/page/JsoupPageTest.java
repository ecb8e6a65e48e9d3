package app.worthit.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.worthit.extract.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsoupPageTest {
  private final JsoupPage page = JsoupPage.parse("""
      <html><head><script type="application/ld+json">{"a": "<b>&amp;</b>"}</script></head>
      <body><div id="card"><a href="/x" data-id="7">Go <b>now</b></a></div></body></html>""",
      "https://example.org/list");

  @Test
  void script_text_is_the_raw_script_source() {
    assertEquals("{\"a\": \"<b>&amp;</b>\"}", page.select("script").get(0).text());
  }

  @Test
  void missing_attribute_is_null_and_present_attribute_is_its_value() {
    Page.Element a = page.select("a[href]").get(0);
    assertEquals("7", a.attr("data-id"));
    assertNull(a.attr("aria-label"));
  }

  @Test
  void text_is_the_element_text_and_selection_works_inside_an_element() {
    Page.Element card = page.select("#card").get(0);
    assertEquals("Go now", card.select("a").get(0).text());
    assertEquals(List.of("now"), card.select("b").stream().map(Page.Element::text).toList());
  }

  @Test
  void selection_inside_an_element_excludes_the_element_itself_like_query_selector_all() {
    Page.Element card = page.select("#card").get(0);
    assertEquals(List.of(), card.select("div"));
    assertEquals(1, page.select("div").size());
  }

  @Test
  void contains_is_true_for_itself_and_descendants_only() {
    Page.Element card = page.select("#card").get(0);
    Page.Element link = page.select("a").get(0);
    assertEquals(List.of(true, true, false), List.of(card.contains(link), card.contains(card), link.contains(card)));
  }

  @Test
  void parent_climbs_to_the_root_element_and_then_stops() {
    Page.Element up = page.select("a").get(0);
    int levels = 0;
    while (up.parent() != null) {
      up = up.parent();
      levels++;
    }
    assertEquals(3, levels, "a -> div -> body -> html");
  }

  @Test
  void address_is_the_one_given() {
    assertEquals("https://example.org/list", page.address());
  }
}
