package app.worthit.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonWriter;
import app.worthit.server.Api;
import app.worthit.server.limits.RateLimits;
import app.worthit.sync.Change;
import app.worthit.sync.Hlc;
import app.worthit.sync.RecordKind;
import app.worthit.sync.SyncJson;
import app.worthit.sync.SyncRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop lets requests already being served finish and commit, then closes the database cleanly. */
class GracefulStopTest {
  @TempDir
  Path dir;

  @Test
  void requests_in_flight_finish_before_the_database_closes() throws Exception {
    String db = dir.resolve("stop.db").toString();
    WorthItServer server = WorthItServer.start(ServerSettings.forTest(db, RateLimits.NONE));
    String base = "http://127.0.0.1:" + server.port();
    Api.Device device = new Api(base).newAccount();
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      List<Change> batch = new ArrayList<>();
      for (int i = 0; i < SyncRequest.MAX_CHANGES; i++) {
        batch.add(new Change(RecordKind.NOTE, "meetup:event:" + r + "0" + i, JsonParser.parse("{\"text\":\"t\"}"),
            new Hlc(1_700_000_000_000L + i, 0, device.deviceId()), false));
      }
      String body = JsonWriter.write(SyncJson.toJson(new SyncRequest("999999999", batch)));
      inFlight.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/sync"))
          .header("Authorization", "Bearer " + device.token()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    Thread.sleep(150);
    server.close();
    assertFalse(Files.exists(Path.of(db + "-wal")), "the database was closed cleanly");

    int committed = 0;
    for (CompletableFuture<HttpResponse<String>> f : inFlight) {
      try {
        HttpResponse<String> response = f.join();
        assertEquals(200, response.statusCode(), response.body());
        committed++;
      } catch (java.util.concurrent.CompletionException refusedBeforeAccepted) {
        // A request that reached the server only after the stop began was never accepted: nothing to finish.
      }
    }
    try (WorthItServer again = WorthItServer.start(ServerSettings.forTest(db, RateLimits.NONE))) {
      Api api = new Api("http://127.0.0.1:" + again.port());
      int stored = 0;
      String cursor = null;
      boolean more = true;
      while (more) {
        Api.Answer a = api.post("/api/v1/sync", device.token(), JsonWriter.write(SyncJson.toJson(new SyncRequest(cursor, List.of()))));
        var page = SyncJson.response(a.json());
        stored += page.changes().size();
        cursor = page.cursor();
        more = page.hasMore();
      }
      assertTrue(committed >= 1, "requests sent 150 ms before the stop were served");
      assertTrue(stored >= committed * SyncRequest.MAX_CHANGES, stored + " stored for " + committed + " answered requests");
    }
  }
}
