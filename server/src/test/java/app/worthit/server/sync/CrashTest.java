package app.worthit.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.TestDatabase;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.RecordId;
import app.worthit.sync.RecordKind;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import app.worthit.sync.SyncResponse;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real server process under sync load is killed with SIGKILL; restarted on the same database, it
 * starts cleanly and still holds every change it had acknowledged with a 200.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class CrashTest {
  @Parameter
  Engine engine;

  private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");
  private static final int CLIENTS = 6;

  @TempDir
  Path dir;

  private record Acked(Api.Device device, Change change) {}

  @Test
  void a_killed_server_loses_no_acknowledged_change() throws Exception {
    try (TestDatabase database = engine.create(dir)) {
      killAndRestart(database.url());
    }
  }

  private void killAndRestart(String db) throws Exception {
    Process first = startServer(db);
    Api api = new Api("http://127.0.0.1:" + port(first));
    List<Api.Device> devices = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      devices.add(api.newAccount());
    }
    ConcurrentLinkedQueue<Acked> acked = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    for (Api.Device device : devices) {
      Thread t = new Thread(() -> load(api, device, acked, running));
      t.start();
      clients.add(t);
    }
    long deadline = System.currentTimeMillis() + 20_000;
    while (acked.size() < 2_000 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    first.destroyForcibly();
    assertTrue(first.waitFor(10, TimeUnit.SECONDS));
    running.set(false);
    for (Thread t : clients) {
      t.join(30_000);
    }
    assertTrue(acked.size() > 100, "the load ran before the kill: " + acked.size() + " acknowledged");

    Process second = startServer(db);
    try {
      Api restarted = new Api("http://127.0.0.1:" + port(second));
      assertEquals(200, restarted.get("/health", null).status());
      Map<String, Map<RecordId, Change>> stored = new HashMap<>();
      for (Api.Device device : devices) {
        stored.put(device.deviceId(), snapshot(restarted, device));
      }
      for (Acked a : acked) {
        Change kept = stored.get(a.device().deviceId()).get(a.change().id());
        assertEquals(a.change(), kept, "acknowledged change survived the kill");
      }
    } finally {
      second.destroy();
      assertTrue(second.waitFor(20, TimeUnit.SECONDS));
      assertEquals(143, second.exitValue(), "SIGTERM ends the server");
      if (engine == Engine.SQLITE) {
        assertTrue(!java.nio.file.Files.exists(Path.of(db + "-wal")), "a graceful stop closes the database cleanly");
      }
    }
  }

  private static void load(Api api, Api.Device device, ConcurrentLinkedQueue<Acked> acked, AtomicBoolean running) {
    long n = 0;
    while (running.get()) {
      List<Change> batch = new ArrayList<>();
      for (int i = 0; i < 10; i++, n++) {
        batch.add(new Change(RecordKind.NOTE, "meetup:event:" + n, JsonParser.parse("{\"text\":\"n" + n + "\"}"),
            new Hlc(1_700_000_000_000L + n, 0, device.deviceId()), false));
      }
      Api.Answer a;
      try {
        a = api.post("/api/v1/sync", device.token(), JsonWriter.write(SyncJson.toJson(new SyncRequest("999999999", batch))));
      } catch (RuntimeException e) {
        return;
      }
      if (a.status() == 200) {
        for (Change c : batch) {
          acked.add(new Acked(device, c));
        }
      }
    }
  }

  private static Map<RecordId, Change> snapshot(Api api, Api.Device device) {
    Map<RecordId, Change> out = new HashMap<>();
    String cursor = null;
    SyncResponse r;
    do {
      Api.Answer a = api.post("/api/v1/sync", device.token(), JsonWriter.write(SyncJson.toJson(new SyncRequest(cursor, List.of()))));
      assertEquals(200, a.status(), a.body());
      r = SyncJson.response(JsonParser.parse(a.body()));
      for (Change c : r.changes()) {
        out.put(c.id(), c);
      }
      cursor = r.cursor();
    } while (r.hasMore());
    return out;
  }

  private static Process startServer(String db) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, "app.worthit.server.Main", "serve",
        "--host", "127.0.0.1", "--port", "0", "--db", db, "--rate-per-token", "0", "--rate-per-address", "0",
        "--accounts-per-address", "0");
    pb.environment().put("WORTHIT_REQUEST_LOG", "WARN");
    pb.redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return pb.start();
  }

  private static int port(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.currentTimeMillis() + 60_000;
    String line;
    while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    p.destroyForcibly();
    throw new IllegalStateException("the server did not start");
  }
}
