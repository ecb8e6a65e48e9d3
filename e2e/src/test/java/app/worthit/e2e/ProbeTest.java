package app.worthit.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeTest {
  @TempDir Path profile;

  @Test
  void probe() throws Exception {
    try (SiteServer site = new SiteServer(); ChromiumSession b = ChromiumSession.start(profile, site)) {
      String url = site.serve("https://www.meetup.com/grp/events/123456/", java.nio.file.Files.readString(Path.of("/tmp/probe.html")));
      b.driver().get(url);
      Thread.sleep(2000);
      System.out.println("PROBE url=" + b.driver().getCurrentUrl());
      System.out.println("PROBE marks=" + b.js("return JSON.stringify(performance.getEntriesByType('mark').map(m=>m.name))"));
      System.out.println("PROBE html=" + b.js("return document.documentElement.outerHTML"));
      for (var e : b.driver().manage().logs().get("browser")) System.out.println("PROBE log " + e);
      b.openPopup();
      Thread.sleep(500);
      System.out.println("PROBE popup=" + b.js("return document.body ? document.body.innerText.slice(0,200) : 'none'"));
    }
  }
}
