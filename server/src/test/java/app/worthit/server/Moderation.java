package app.worthit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.server.app.AdminCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Moderation steps for API tests: admin tokens from the real command, claims, proofs, corrections. */
public final class Moderation {
  private final Api api;

  public Moderation(Api api) {
    this.api = api;
  }

  /** A new admin token for the database (a file path or JDBC URL), made by {@code admin create-token --db}. */
  public static String adminToken(String db) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new AdminCommand());
    cli.setOut(new PrintWriter(out));
    int status = cli.execute("create-token", "--db", db);
    assertEquals(0, status);
    return out.toString().strip();
  }

  /** The own page of a group key, as the extension would report it. */
  public static String groupPage(String groupKey) {
    if (groupKey.startsWith("meetup:group:")) {
      return "https://www.meetup.com/" + groupKey.substring("meetup:group:".length()) + "/";
    }
    return "https://www.eventbrite.com/o/organiser-" + groupKey.substring("eventbrite:organizer:".length());
  }

  /** A JSON string literal. */
  public static String str(String s) {
    return JsonWriter.write(new JsonValue.Str(s));
  }

  /** Starts a claim; returns the answer (201 with claimId and phrase). */
  public Api.Answer claim(Api.Device who, String groupKey) {
    return api.post("/api/v1/claims", who.token(), "{\"groupKey\":" + str(groupKey) + "}");
  }

  /** Proves a claim with a page and its text. */
  public Api.Answer prove(Api.Device who, String claimId, String url, String text) {
    return api.post("/api/v1/claims/" + claimId + "/proof", who.token(), "{\"url\":" + str(url) + ",\"text\":" + str(text) + "}");
  }

  /** Makes {@code who} a verified moderator of the group through the phrase on the group's page. */
  public void becomeModerator(Api.Device who, String groupKey) {
    Api.Answer claim = claim(who, groupKey);
    assertEquals(201, claim.status(), claim.body());
    String text = "We meet monthly. Anyone may exchange contacts.\n" + claim.str("phrase") + "\nSee you there.";
    Api.Answer proof = prove(who, claim.str("claimId"), groupPage(groupKey), text);
    assertEquals(200, proof.status(), proof.body());
  }

  /** Posts a correction body as is. */
  public Api.Answer correct(Api.Device who, String body) {
    return api.post("/api/v1/corrections", who.token(), body);
  }

  /** A correction body setting one rule. */
  public static String ruleCorrection(String key, String groupKey, String rule, boolean applies, String explanation) {
    return "{\"key\":" + str(key) + (groupKey == null ? "" : ",\"groupKey\":" + str(groupKey))
        + ",\"rules\":{" + str(rule) + ":" + applies + "},\"explanation\":" + str(explanation) + "}";
  }

  /** An admin decision, e.g. {@code corrections/accept}. */
  public Api.Answer decide(String adminToken, String kind, String id, String verb, String reason) {
    return api.post("/api/v1/admin/" + kind + "/" + id + "/" + verb, adminToken,
        reason == null ? "" : "{\"reason\":" + str(reason) + "}");
  }

  /** The ids under a member of the admin queue, e.g. ("corrections", "correctionId"). */
  public List<String> queued(String adminToken, String member, String idName) {
    Api.Answer q = api.get("/api/v1/admin/queue", adminToken);
    assertEquals(200, q.status(), q.body());
    List<String> ids = new ArrayList<>();
    for (JsonValue v : q.json().path(member).asArr().items()) {
      ids.add(v.path(idName).asString());
    }
    return ids;
  }

  /** The actions of the audit log, oldest first. */
  public List<String> auditActions(String adminToken) {
    Api.Answer a = api.get("/api/v1/admin/audit", adminToken);
    assertEquals(200, a.status(), a.body());
    List<String> actions = new ArrayList<>();
    for (JsonValue v : a.json().path("entries").asArr().items()) {
      actions.add(0, v.path("action").asString());
    }
    return actions;
  }
}
