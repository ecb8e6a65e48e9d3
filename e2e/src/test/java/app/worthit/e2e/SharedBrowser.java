package app.worthit.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One site server and one Chromium for a test class, started by the first test that needs them. */
final class SharedBrowser implements AutoCloseable {
  private SiteServer site;
  private ChromiumSession browser;

  /** The site server (started on first use). */
  SiteServer site() {
    start();
    return site;
  }

  /** The browser (started on first use; skips or fails the test when Chromium is missing). */
  ChromiumSession browser() {
    start();
    return browser;
  }

  private void start() {
    Chromium.require();
    if (site != null) {
      return;
    }
    try {
      site = new SiteServer();
      browser = ChromiumSession.start(Files.createTempDirectory("worthit-profile"), site);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
  }

  /** A fresh, empty profile folder. */
  static Path freshProfile() {
    try {
      return Files.createTempDirectory("worthit-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
