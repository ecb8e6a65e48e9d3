package app.worthit.server.moderation;

import static app.worthit.server.Moderation.ruleCorrection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.Moderation;
import app.worthit.server.TestDatabase;
import app.worthit.server.TestServer;
import app.worthit.server.auth.Secrets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two server instances on one PostgreSQL database agree on moderators and on applied corrections. */
class TwoInstancesModerationTest {
  static final String GROUP = "meetup:group:denver-tech-founders";

  @TempDir
  Path dir;
  TestDatabase database;
  final List<TestServer> servers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (TestServer s : servers) {
      s.close();
    }
    if (database != null) {
      database.close();
    }
  }

  int corrections(Api api) {
    return api.get("/api/v1/community?prefixes=" + Secrets.sha256(GROUP).substring(0, 4), null).json()
        .path("corrections").asArr().items().size();
  }

  @Test
  void a_claim_verified_on_one_instance_empowers_on_the_other_and_its_correction_shows_on_both() throws Exception {
    database = Engine.POSTGRESQL.create(dir);
    servers.add(TestServer.on(database, 0));
    servers.add(TestServer.on(database, 0));
    Api first = servers.get(0).api();
    Api second = servers.get(1).api();
    assertEquals(0, corrections(second));
    Api.Device organiser = first.newAccount();
    new Moderation(first).becomeModerator(organiser, GROUP);
    Api.Answer c = new Moderation(second).correct(organiser,
        ruleCorrection(GROUP, null, "members-only-exchange", false, "Anyone may exchange contacts."));
    assertEquals("applied", c.str("status"), c.body());
    assertEquals(1, corrections(first));
    assertEquals(1, corrections(second));
    String admin = Moderation.adminToken(database.url());
    assertEquals(200, new Moderation(first).decide(admin, "corrections", c.str("correctionId"), "revert", null).status());
    assertEquals(0, corrections(second));
  }
}
