package app.worthit.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.TestServer;
import app.worthit.sync.Change;
import app.worthit.sync.Merge;
import app.worthit.sync.RecordId;
import app.worthit.sync.RecordKind;
import app.worthit.sync.Replica;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import app.worthit.sync.SyncResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Three devices of one account edit, push, pull, lose answers, retry and see answers late, with
 * skewed and jumping clocks, in random interleavings through the real server. Afterwards every
 * device, and a fresh snapshot, hold exactly the last write of every record. Seedable and bounded:
 * {@code -Dworthit.seed=N} replays one interleaving.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class ConvergencePropertyTest {
  @Parameter
  Engine engine;

  private static final int RUNS = 12;
  private static final int STEPS = 80;
  private static final String[] KEYS = {"meetup:event:1", "meetup:event:2", "eventbrite:event:30003", "meetup:event:4"};

  @TempDir
  Path dir;

  private record Pending(SyncRequest request, SyncResponse response) {}

  @Test
  void three_devices_converge_on_the_last_writes() throws Exception {
    String fixed = System.getProperty("worthit.seed");
    try (TestServer server = TestServer.start(engine, dir)) {
      Api api = server.api();
      if (fixed != null) {
        run(api, Long.parseLong(fixed));
        return;
      }
      for (long seed = 1; seed <= RUNS; seed++) {
        run(api, seed);
      }
    }
  }

  private void run(Api api, long seed) {
    Random random = new Random(seed);
    Api.Device first = api.newAccount();
    Api.Device[] devices = {first, api.pair(first), api.pair(first)};
    Replica[] replicas = new Replica[3];
    long[] skew = new long[3];
    Pending[] late = new Pending[3];
    for (int d = 0; d < 3; d++) {
      replicas[d] = Replica.empty(devices[d].deviceId());
      skew[d] = random.nextInt(600_001) - 300_000;
    }
    List<Change> everything = new ArrayList<>();
    long time = 1_700_000_000_000L;
    for (int step = 0; step < STEPS; step++) {
      time += random.nextInt(5);
      int d = random.nextInt(3);
      long now = time + skew[d] - (random.nextInt(10) == 0 ? random.nextInt(60_000) : 0);
      int op = random.nextInt(10);
      if (op < 5) {
        replicas[d] = edit(replicas[d], random, now);
        everything.add(lastEdit(replicas[d]));
      } else if (op < 7) {
        replicas[d] = roundTrip(api, devices[d], replicas[d], now);
      } else if (op == 7) {
        send(api, devices[d], replicas[d].request());
      } else if (op == 8) {
        SyncRequest request = replicas[d].request();
        send(api, devices[d], request);
        replicas[d] = replicas[d].acknowledge(request, send(api, devices[d], request), now);
      } else if (late[d] == null) {
        SyncRequest request = replicas[d].request();
        late[d] = new Pending(request, send(api, devices[d], request));
      } else {
        replicas[d] = replicas[d].acknowledge(late[d].request(), late[d].response(), now);
        late[d] = null;
      }
    }
    for (int round = 0; round < 2; round++) {
      for (int d = 0; d < 3; d++) {
        replicas[d] = roundTrip(api, devices[d], replicas[d], time + skew[d]);
        while (replicas[d].hasPending()) {
          replicas[d] = roundTrip(api, devices[d], replicas[d], time + skew[d]);
        }
      }
    }
    TreeMap<RecordId, Change> expected = Merge.apply(Map.of(), everything);
    Replica fresh = roundTrip(api, devices[0], Replica.empty(devices[0].deviceId()), time);
    assertEquals(expected, fresh.records(), "seed " + seed + ": server snapshot");
    for (int d = 0; d < 3; d++) {
      assertEquals(expected, replicas[d].records(), "seed " + seed + ": device " + d);
    }
  }

  private static Replica edit(Replica r, Random random, long now) {
    RecordKind kind = RecordKind.values()[random.nextInt(4)];
    String key = kind == RecordKind.PROFILE ? Change.PROFILE_KEY : KEYS[random.nextInt(KEYS.length)];
    boolean deleted = random.nextInt(5) == 0;
    String value = switch (kind) {
      case RATING -> "{\"vote\":\"" + (random.nextBoolean() ? "worth-it" : "not-worth-it") + "\"}";
      case ATTENDED -> "{\"groupKey\":\"meetup:group:g" + random.nextInt(3) + "\"}";
      case NOTE -> "{\"text\":\"note " + random.nextInt(1000) + "\"}";
      case PROFILE -> "{\"targetTitle\":\"title " + random.nextInt(1000) + "\"}";
    };
    return r.edit(kind, key, deleted ? null : JsonParser.parse(value), deleted, now);
  }

  private static Change lastEdit(Replica r) {
    Change last = null;
    for (Change c : r.pending().values()) {
      last = c;
    }
    return last;
  }

  private static Replica roundTrip(Api api, Api.Device device, Replica r, long now) {
    SyncResponse response;
    do {
      SyncRequest request = r.request();
      response = send(api, device, request);
      r = r.acknowledge(request, response, now);
    } while (response.hasMore());
    return r;
  }

  private static SyncResponse send(Api api, Api.Device device, SyncRequest request) {
    Api.Answer a = api.post("/api/v1/sync", device.token(), JsonWriter.write(SyncJson.toJson(request)));
    assertEquals(200, a.status(), a.body());
    JsonValue json = JsonParser.parse(a.body());
    return SyncJson.response(json);
  }
}
