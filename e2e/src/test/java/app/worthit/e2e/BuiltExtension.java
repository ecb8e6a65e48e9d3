package app.worthit.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The unpacked extension built by the extension module, and its fixed id. */
final class BuiltExtension {
  private BuiltExtension() {}

  /** The unpacked extension folder (from the e2e module or the repository root); the build must have made it. */
  static Path dir() {
    String configured = System.getProperty("worthit.extension");
    Path dir = Path.of(configured != null ? configured
        : Files.isDirectory(Path.of("extension")) ? "extension/target/worthit-extension"
        : "../extension/target/worthit-extension").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(dir.resolve("manifest.json")), "extension not built at " + dir);
    assertTrue(Files.isRegularFile(dir.resolve("js/content.js")), "content script not built in " + dir);
    return dir;
  }

  /** The extension id Chromium derives from the manifest's key: SHA-256, first 16 bytes, a-p. */
  static String id() {
    try {
      String manifest = Files.readString(dir().resolve("manifest.json"), StandardCharsets.UTF_8);
      byte[] der = Base64.getDecoder().decode(JsonParser.parse(manifest).path("key").asString());
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(der);
      StringBuilder id = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        id.append((char) ('a' + ((hash[i] >> 4) & 0xf))).append((char) ('a' + (hash[i] & 0xf)));
      }
      return id.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
