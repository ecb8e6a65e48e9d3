package app.worthit.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.TestDatabase;
import app.worthit.server.TestServer;
import app.worthit.server.auth.Secrets;
import app.worthit.server.community.VoteRules;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.RecordId;
import app.worthit.sync.RecordKind;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import app.worthit.sync.SyncResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two server instances on one PostgreSQL database behave as one service. */
class TwoInstancesTest {
  @TempDir
  Path dir;
  TestDatabase database;
  final List<TestServer> servers = new ArrayList<>();

  /** Two instances on a fresh schema; community aggregates read through on every lookup. */
  Api[] start(long communityMaxAgeMillis) throws Exception {
    return start(communityMaxAgeMillis, VoteRules.NONE);
  }

  Api[] start(long communityMaxAgeMillis, VoteRules votes) throws Exception {
    database = Engine.POSTGRESQL.create(dir);
    // One fixed day: every account made here is in the one cohort of 127.0.0.1 and that day.
    LongSupplier clock = () -> 1_800_000_000_000L;
    servers.add(TestServer.on(database, communityMaxAgeMillis, votes, clock));
    servers.add(TestServer.on(database, communityMaxAgeMillis, votes, clock));
    return new Api[] {servers.get(0).api(), servers.get(1).api()};
  }

  @AfterEach
  void stop() throws Exception {
    for (TestServer s : servers) {
      s.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void a_pairing_code_made_on_one_instance_redeems_once_on_the_other() throws Exception {
    Api[] api = start(0);
    Api.Device laptop = api[0].newAccount();
    String code = api[0].post("/api/v1/pairing-codes", laptop.token(), "").str("code");
    String body = "{\"pairingCode\":\"" + code + "\",\"name\":\"phone\"}";
    Api.Answer paired = api[1].post("/api/v1/devices", null, body);
    assertEquals(201, paired.status(), paired.body());
    assertEquals(laptop.accountId(), paired.str("accountId"));
    assertEquals(404, api[0].post("/api/v1/devices", null, body).status(), "single use across instances");
    assertEquals(2, api[0].get("/api/v1/devices", paired.str("token")).json().path("devices").asArr().items().size());
    assertEquals(204, api[1].delete("/api/v1/devices/" + paired.str("deviceId"), laptop.token()).status());
    assertEquals(401, api[0].get("/api/v1/devices", paired.str("token")).status(), "revoked on one, refused on the other");
  }

  @Test
  void syncs_of_one_account_through_both_instances_converge() throws Exception {
    Api[] api = start(0);
    Api.Device first = api[0].newAccount();
    Api.Device[] devices = {first, api[0].pair(first), api[1].pair(first), api[1].pair(first)};
    Map<RecordId, Change> expected = new TreeMap<>();
    List<List<Change>> batches = new ArrayList<>();
    Random random = new Random(5);
    for (int d = 0; d < devices.length; d++) {
      for (int round = 0; round < 25; round++) {
        List<Change> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          String key = "meetup:event:" + random.nextInt(30);
          boolean deleted = random.nextInt(6) == 0;
          Change c = new Change(RecordKind.NOTE, key, deleted ? null : JsonParser.parse("{\"text\":\"d" + d + " r" + round + "\"}"),
              new Hlc(1_700_000_000_000L + random.nextInt(5_000), round * 8 + i, devices[d].deviceId()), deleted);
          batch.add(c);
          expected.merge(c.id(), c, (a, b) -> a.hlc().compareTo(b.hlc()) >= 0 ? a : b);
        }
        batches.add(batch);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(devices.length);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int d = 0; d < devices.length; d++) {
        Api through = api[d % 2];
        Api.Device device = devices[d];
        List<List<Change>> mine = batches.subList(d * 25, d * 25 + 25);
        done.add(pool.submit(() -> mine.forEach(b -> sync(through, device, null, b))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    for (int d = 0; d < devices.length; d++) {
      assertEquals(expected, snapshot(api[(d + 1) % 2], devices[d]), "device " + d + " pulls the last writes");
    }
  }

  @Test
  void community_aggregates_agree_on_both_instances() throws Exception {
    communityCountsAgree(start(0), Long.MAX_VALUE);
  }

  @Test
  void one_cohorts_capped_share_holds_under_concurrent_votes_through_both_instances() throws Exception {
    communityCountsAgree(start(0, new VoteRules(0, 3)), 3);
  }

  /** Twelve accounts vote on three keys through both instances at once; each key shows their last votes, capped. */
  private void communityCountsAgree(Api[] api, long cap) throws Exception {
    List<String> keys = List.of("meetup:event:1", "meetup:event:2", "eventbrite:event:30003");
    List<Api.Device> voters = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      voters.add(api[i % 2].newAccount());
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < voters.size(); i++) {
        int v = i;
        done.add(pool.submit(() -> {
          for (int round = 0; round < 6; round++) {
            List<Change> votes = new ArrayList<>();
            for (String key : keys) {
              String vote = (v + round + key.length()) % 3 == 0 ? "not-worth-it" : "worth-it";
              votes.add(new Change(RecordKind.RATING, key, JsonParser.parse("{\"vote\":\"" + vote + "\"}"),
                  new Hlc(1_700_000_000_000L + round, 0, voters.get(v).deviceId()), false));
            }
            sync(api[(v + round) % 2], voters.get(v), null, votes);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    String query = "/api/v1/community?prefixes=" + String.join(",", new TreeSet<>(keys.stream().map(k -> Secrets.sha256(k).substring(0, 4)).toList()));
    Api.Answer onFirst = api[0].get(query, null);
    Api.Answer onSecond = api[1].get(query, null);
    assertEquals(onFirst.body(), onSecond.body());
    assertEquals(onFirst.header("ETag"), onSecond.header("ETag"));
    for (String key : keys) {
      long worthIt = 0;
      for (int v = 0; v < voters.size(); v++) {
        worthIt += (v + 5 + key.length()) % 3 == 0 ? 0 : 1;
      }
      long notWorthIt = voters.size() - worthIt;
      assertTrue(onFirst.body().contains("{\"key\":\"" + key + "\",\"worthIt\":" + Math.min(cap, worthIt) + ",\"notWorthIt\":"
          + Math.min(cap, notWorthIt) + "}"),
          key + " counts each account's last vote once: " + onFirst.body());
    }
  }

  @Test
  void an_instance_shows_its_own_votes_at_once_even_with_a_long_cache() throws Exception {
    Api[] api = start(60_000);
    String key = "meetup:event:7";
    String query = "/api/v1/community?prefixes=" + Secrets.sha256(key).substring(0, 4);
    assertEquals("{\"aggregates\":[],\"corrections\":[]}", api[1].get(query, null).body());
    Api.Device voter = api[1].newAccount();
    sync(api[1], voter, null, List.of(new Change(RecordKind.RATING, key, JsonParser.parse("{\"vote\":\"worth-it\"}"),
        new Hlc(1_700_000_000_000L, 0, voter.deviceId()), false)));
    assertEquals("{\"aggregates\":[{\"key\":\"meetup:event:7\",\"worthIt\":1,\"notWorthIt\":0}],\"corrections\":[]}", api[1].get(query, null).body());
  }

  @Test
  void instances_starting_together_migrate_the_schema_once() throws Exception {
    database = Engine.POSTGRESQL.create(dir);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<TestServer>> starting = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        starting.add(pool.submit(() -> TestServer.on(database, 0)));
      }
      for (Future<TestServer> f : starting) {
        servers.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(200, servers.get(2).api().get("/health", null).status());
    Api.Device d = servers.get(0).api().newAccount();
    assertEquals(200, servers.get(1).api().get("/api/v1/devices", d.token()).status());
  }

  static SyncResponse sync(Api api, Api.Device d, String cursor, List<Change> changes) {
    Api.Answer a = api.post("/api/v1/sync", d.token(), JsonWriter.write(SyncJson.toJson(new SyncRequest(cursor, changes))));
    assertEquals(200, a.status(), a.body());
    return SyncJson.response(JsonParser.parse(a.body()));
  }

  static Map<RecordId, Change> snapshot(Api api, Api.Device d) {
    Map<RecordId, Change> out = new TreeMap<>();
    String cursor = null;
    SyncResponse r;
    do {
      r = sync(api, d, cursor, List.of());
      for (Change c : r.changes()) {
        out.put(c.id(), c);
      }
      cursor = r.cursor();
    } while (r.hasMore());
    return out;
  }
}
