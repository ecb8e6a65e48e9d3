package app.worthit.extension.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerAddressTest {
  @Test
  void blank_means_the_default_and_trailing_slashes_go() {
    assertEquals("http://localhost:7070", ServerAddress.normalize("  "));
    assertEquals("https://sync.example.org", ServerAddress.normalize(" HTTPS://sync.example.org// "));
    assertEquals("http://127.0.0.1:40123", ServerAddress.normalize("http://127.0.0.1:40123/"));
  }

  @Test
  void anything_but_a_scheme_host_and_port_is_refused_with_a_reason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("localhost:7070"));
    assertEquals("The server address must start with http:// or https://", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("http://host/api"));
    assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("http://user@host"));
    assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("http://"));
  }

  @Test
  void the_permission_pattern_drops_the_port_and_localhost_needs_no_request() {
    assertEquals("http://localhost/*", ServerAddress.permissionPattern("http://localhost:7070"));
    assertEquals("https://sync.example.org/*", ServerAddress.permissionPattern("https://sync.example.org"));
    assertTrue(Permissions.builtIn("http://127.0.0.1:40123"));
    assertFalse(Permissions.builtIn("https://localhost"));
    assertFalse(Permissions.builtIn("http://sync.example.org:7070"));
  }
}
