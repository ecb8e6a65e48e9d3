package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The README's two pictures, taken in headless Chromium from the project's own pages: a listing
 * page with its badges and one popover open, and an event page's panel. They are written to
 * e2e/target/pictures on every run, and to docs/pictures with {@code -Dpictures.update=true}; the
 * test fails when the badges or the panel are not there to be seen.
 */
class ReadmePicturesTest {
  private static final SharedBrowser shared = new SharedBrowser();
  /** A plain look for the project's own pages, so the pictures show the overlay on something like a site. */
  private static final String LOOK = "<style>body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1f2328}"
      + "main{max-width:1040px;margin:0 auto;padding:20px}h1{font-size:26px;margin:8px 0 16px}"
      + ".grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}"
      + ".card{background:#fff;border:1px solid #d8dde3;border-radius:10px;padding:14px}.card h3{margin:0 0 6px;font-size:17px}"
      + ".card a{color:#0b57d0;text-decoration:none}.card p,.card time{margin:4px 0;color:#57606a;font-size:13px;display:block}"
      + "main>p{max-width:46em}</style></head>";

  private static Path save(String name) throws IOException {
    byte[] png = ((TakesScreenshot) shared.browser().driver()).getScreenshotAs(OutputType.BYTES);
    Path out = Path.of("target", "pictures", name);
    Files.createDirectories(out.getParent());
    Files.write(out, png);
    if (Boolean.getBoolean("pictures.update")) {
      Path doc = Path.of("..", "docs", "pictures", name);
      Files.createDirectories(doc.getParent());
      Files.write(doc, png);
    }
    return out;
  }

  @Test
  void a_listing_page_with_its_badges_and_an_open_popover() throws IOException {
    ChromiumSession browser = shared.browser();
    String html = SyntheticPages.meetupFind(9).replace("</head>", LOOK);
    List<BadgeRow> rows = browser.open(shared.site().serve("https://www.meetup.com/find/?pictures", html));
    assertEquals(9, rows.size(), "every card has its badge");
    browser.js("document.querySelectorAll('worthit-badge')[1].shadowRoot.querySelector('[data-action=\"toggle\"]').click();");
    Object open = browser.js("const p = document.querySelectorAll('worthit-badge')[1].shadowRoot.querySelector('#popover');"
        + "return !!p && !p.hidden && p.querySelectorAll('li[data-rule]').length > 0 && p.getBoundingClientRect().height > 0;");
    assertEquals(Boolean.TRUE, open, "the popover is open and explains the verdict");
    assertTrue(Files.size(save("listing-with-badges.png")) > 10_000);
  }

  @Test
  void an_event_pages_panel() throws IOException {
    ChromiumSession browser = shared.browser();
    String html = SyntheticPages.meetupEvent("tech-careers-toronto", 311_000_004L, SyntheticPages.EVENTS[5][0],
        SyntheticPages.EVENTS[5][1]).replace("</head>", LOOK);
    browser.open(shared.site().serve("https://www.meetup.com/tech-careers-toronto/events/311000004/", html));
    browser.await("return !!document.querySelector('worthit-organiser');", "the organiser's tools");
    Object panel = browser.js("const p = document.querySelector('worthit-badge[data-worthit-panel]');"
        + "return !!p && p.shadowRoot.querySelectorAll('li[data-rule]').length > 0 && p.getBoundingClientRect().height > 0;");
    assertEquals(Boolean.TRUE, panel, "the event's panel is shown with its reasons");
    assertTrue(Files.size(save("event-panel.png")) > 10_000);
  }

  @AfterAll
  static void stop() {
    shared.close();
  }
}
