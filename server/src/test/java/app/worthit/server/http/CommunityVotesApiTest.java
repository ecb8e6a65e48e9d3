package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.json.JsonValue;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.TestServer;
import app.worthit.server.community.VoteRules;
import app.worthit.server.limits.RateLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which votes count in the public aggregates, under the shipped rules (a day's wait and a sync
 * after it; at most 3 votes of a kind per key from one address's accounts of one day), on a wall
 * clock the test moves. Every request comes from 127.0.0.1; new days make new cohorts.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class CommunityVotesApiTest {
  private static final long HOUR = 60 * 60 * 1000L;
  private static final String EVENT = "meetup:event:424242";

  @Parameter
  Engine engine;

  @TempDir
  Path dir;
  TestServer server;
  Api api;
  final AtomicLong now = new AtomicLong(1_800_000_000_000L);
  long wall = 1_700_000_000_000L;

  @BeforeEach
  void start() throws Exception {
    // No budget on new accounts here: the vote rules alone must hold against a script.
    server = TestServer.start(engine, dir, RateLimits.NONE, VoteRules.DEFAULT, now::get);
    api = server.api();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private void sync(Api.Device d, String vote) {
    String changes = vote == null ? "" : "{\"kind\":\"rating\",\"key\":\"" + EVENT + "\",\"value\":{\"vote\":\"" + vote
        + "\"},\"hlc\":\"" + (wall++) + ":0000:" + d.deviceId() + "\"}";
    Api.Answer a = api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[" + changes + "]}");
    assertEquals(200, a.status(), a.body());
  }

  /** The public counts of the event as "worthIt/notWorthIt", "0/0" when it has none. */
  private String counts() {
    Api.Answer a = api.get("/api/v1/community?prefixes=" + CommunityApiTest.prefix(EVENT), null);
    assertEquals(200, a.status(), a.body());
    for (JsonValue agg : a.json().path("aggregates").asArr().items()) {
      if (agg.path("key").asString().equals(EVENT)) {
        return ((JsonValue.Num) agg.path("worthIt")).text() + "/" + ((JsonValue.Num) agg.path("notWorthIt")).text();
      }
    }
    return "0/0";
  }

  private void later(long millis) {
    now.addAndGet(millis);
  }

  @Test
  void a_hundred_fresh_accounts_voting_at_once_move_nothing() {
    Api.Device old = api.newAccount();
    later(25 * HOUR);
    sync(old, "worth-it");
    assertEquals("1/0", counts());
    List<Api.Device> script = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Api.Device d = api.newAccount();
      sync(d, "not-worth-it");
      script.add(d);
    }
    assertEquals("1/0", counts());
    later(25 * HOUR);
    for (Api.Device d : script) {
      sync(d, null);
    }
    assertEquals("1/3", counts(), "a day later the script's accounts count, but one address's day gives at most 3");
  }

  @Test
  void an_old_accounts_vote_counts_at_once() {
    Api.Device d = api.newAccount();
    later(24 * HOUR);
    sync(d, "worth-it");
    assertEquals("1/0", counts());
    sync(d, "not-worth-it");
    assertEquals("0/1", counts());
  }

  @Test
  void a_young_accounts_vote_counts_once_it_is_old_enough_without_being_sent_again() {
    Api.Device d = api.newAccount();
    Api.Device phone = api.pair(d);
    sync(d, "worth-it");
    assertEquals("0/0", counts());
    later(23 * HOUR);
    sync(d, null);
    assertEquals("0/0", counts());
    later(2 * HOUR);
    assertEquals("0/0", counts(), "old enough, but not used since");
    sync(phone, null);
    assertEquals("1/0", counts(), "the next sync of any of its devices counts the kept vote");
    sync(d, null);
    assertEquals("1/0", counts(), "counted once");
  }

  @Test
  void each_address_day_adds_at_most_three_of_a_kind() {
    List<Api.Device> accounts = new ArrayList<>();
    for (int day = 0; day < 3; day++) {
      for (int i = 0; i < 5; i++) {
        accounts.add(api.newAccount());
      }
      later(24 * HOUR);
    }
    for (Api.Device d : accounts) {
      sync(d, "worth-it");
    }
    assertEquals("9/0", counts());
    for (int i = 0; i < 4; i++) {
      sync(accounts.get(i), "not-worth-it");
    }
    assertEquals("7/3", counts(), "day one: 1 worth it, 4 not worth it (3 count); days two and three: 3 worth it each");
  }

  @Test
  void deleting_accounts_takes_out_only_what_they_added() {
    List<Api.Device> accounts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      accounts.add(api.newAccount());
    }
    Api.Device young = null;
    later(24 * HOUR);
    young = api.newAccount();
    sync(young, "worth-it");
    for (Api.Device d : accounts) {
      sync(d, "worth-it");
    }
    assertEquals("3/0", counts());
    assertEquals(204, api.delete("/api/v1/account", young.token()).status());
    assertEquals(204, api.delete("/api/v1/account", accounts.get(0).token()).status());
    assertEquals(204, api.delete("/api/v1/account", accounts.get(1).token()).status());
    assertEquals("3/0", counts(), "the cohort still has 3");
    assertEquals(204, api.delete("/api/v1/account", accounts.get(2).token()).status());
    assertEquals("2/0", counts());
  }
}
