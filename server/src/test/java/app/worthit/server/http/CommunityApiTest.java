package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.json.JsonValue;
import app.worthit.server.Api;
import app.worthit.server.Engine;
import app.worthit.server.auth.Secrets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class CommunityApiTest extends ApiTestBase {
  static String prefix(String key) {
    return Secrets.sha256(key).substring(0, 4);
  }

  void rate(Api.Device d, String key, String vote, long wall, boolean deleted) {
    String value = deleted ? "null" : "{\"vote\":\"" + vote + "\"}";
    Api.Answer a = api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[{\"kind\":\"rating\",\"key\":\"" + key
        + "\",\"value\":" + value + ",\"deleted\":" + deleted + ",\"hlc\":\"" + String.format("%013d", wall) + ":0000:" + d.deviceId() + "\"}]}");
    assertEquals(200, a.status(), a.body());
  }

  List<JsonValue> lookup(String... keys) {
    StringBuilder q = new StringBuilder();
    for (String k : keys) {
      q.append(q.length() == 0 ? "" : ",").append(prefix(k));
    }
    Api.Answer a = api.get("/api/v1/community?prefixes=" + q, null);
    assertEquals(200, a.status(), a.body());
    return a.json().path("aggregates").asArr().items();
  }

  static String counts(JsonValue agg) {
    return agg.path("key").asString() + " " + ((JsonValue.Num) agg.path("worthIt")).text()
        + "/" + ((JsonValue.Num) agg.path("notWorthIt")).text();
  }

  @Test
  void a_rating_counts_once_per_account_and_follows_changes() {
    String key = "eventbrite:event:77777";
    Api.Device a = api.newAccount();
    Api.Device a2 = api.pair(a);
    Api.Device b = api.newAccount();
    rate(a, key, "worth-it", 1000, false);
    rate(a2, key, "worth-it", 2000, false);
    rate(b, key, "not-worth-it", 1000, false);
    assertEquals(List.of("eventbrite:event:77777 1/1"), lookup(key).stream().map(CommunityApiTest::counts).toList());
    rate(a2, key, "not-worth-it", 3000, false);
    assertEquals(List.of("eventbrite:event:77777 0/2"), lookup(key).stream().map(CommunityApiTest::counts).toList());
    rate(b, key, null, 4000, true);
    assertEquals(List.of("eventbrite:event:77777 0/1"), lookup(key).stream().map(CommunityApiTest::counts).toList());
    rate(a, key, null, 5000, true);
    assertEquals(List.of(), lookup(key));
  }

  /** One sync of {@code count} ratings, keys meetup:event:9000.. with the same vote and clock. */
  void rateMany(Api.Device d, int count, String vote, long wall) {
    StringBuilder changes = new StringBuilder();
    for (int i = 0; i < count; i++) {
      changes.append(i == 0 ? "" : ",").append("{\"kind\":\"rating\",\"key\":\"meetup:event:900").append(i)
          .append("\",\"value\":{\"vote\":\"").append(vote).append("\"},\"hlc\":\"").append(String.format("%013d", wall))
          .append(":0000:").append(d.deviceId()).append("\"}");
    }
    Api.Answer a = api.post("/api/v1/sync", d.token(), "{\"cursor\":null,\"changes\":[" + changes + "]}");
    assertEquals(200, a.status(), a.body());
  }

  @Test
  void a_large_batch_moves_the_count_of_every_rating_in_it() {
    // More ratings than one multi-row statement carries, so the batch is written in several.
    int count = 75;
    Api.Device a = api.newAccount();
    Api.Device b = api.newAccount();
    rateMany(a, count, "worth-it", 1000);
    rateMany(b, count, "worth-it", 1000);
    rateMany(a, count, "not-worth-it", 2000);
    rateMany(a, count, "worth-it", 1500);
    for (int i = 0; i < count; i++) {
      String key = "meetup:event:900" + i;
      assertEquals(List.of(key + " 1/1"), lookup(key).stream().filter(g -> g.path("key").asString().equals(key))
          .map(CommunityApiTest::counts).toList());
    }
  }

  @Test
  void aggregates_survive_a_restart() throws Exception {
    String key = "meetup:event:9";
    rate(api.newAccount(), key, "worth-it", 1000, false);
    server = server.restart();
    api = server.api();
    assertEquals(List.of("meetup:event:9 1/0"), lookup(key).stream().map(CommunityApiTest::counts).toList());
  }

  @Test
  void lookups_are_cacheable_with_an_etag() {
    String key = "meetup:event:5";
    rate(api.newAccount(), key, "worth-it", 1000, false);
    Api.Answer first = api.get("/api/v1/community?prefixes=" + prefix(key), null);
    String etag = first.header("ETag");
    assertEquals(304, api.get("/api/v1/community?prefixes=" + prefix(key), null, "If-None-Match", etag).status());
    rate(api.newAccount(), key, "worth-it", 1000, false);
    Api.Answer changed = api.get("/api/v1/community?prefixes=" + prefix(key), null, "If-None-Match", etag);
    assertEquals(200, changed.status());
    assertEquals(true, changed.header("Cache-Control").contains("max-age"));
  }

  @Test
  void returns_only_keys_under_the_asked_prefixes() {
    Api.Device d = api.newAccount();
    rate(d, "meetup:event:1", "worth-it", 1000, false);
    rate(d, "meetup:event:2", "worth-it", 1000, false);
    List<JsonValue> found = lookup("meetup:event:1");
    assertEquals(1, found.size());
    assertEquals("meetup:event:1", found.get(0).path("key").asString());
  }
}
