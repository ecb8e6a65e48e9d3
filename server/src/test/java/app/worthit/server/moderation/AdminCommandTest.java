package app.worthit.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.server.Moderation;
import app.worthit.server.auth.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandTest {
  @TempDir
  Path dir;

  @Test
  void create_token_prints_a_new_token_and_stores_only_its_hash() throws Exception {
    Path db = dir.resolve("fresh.db");
    String first = Moderation.adminToken(db.toString());
    String second = Moderation.adminToken(db.toString());
    assertTrue(first.matches("[A-Za-z0-9_-]{43}"), first);
    assertNotEquals(first, second);
    List<String> stored = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT token_hash FROM admin_tokens ORDER BY created_at")) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    assertEquals(2, stored.size());
    assertTrue(stored.contains(Secrets.sha256(first)) && stored.contains(Secrets.sha256(second)));
    assertFalse(new String(Files.readAllBytes(db), java.nio.charset.StandardCharsets.ISO_8859_1).contains(first));
  }
}
