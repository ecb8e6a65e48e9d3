package app.worthit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonValue;
import app.worthit.server.Api;

/** Checks that an answer is an RFC 9457 problem of a status and type whose detail says something. */
public final class ProblemAssertions {
  private ProblemAssertions() {}

  public static void assertProblem(Api.Answer a, int status, String type, String detailPart) {
    assertEquals(status, a.status(), a.body());
    assertEquals("application/problem+json", a.header("Content-Type"));
    assertEquals("urn:worthit:problem:" + type, a.str("type"));
    assertEquals(status, ((JsonValue.Num) a.json().path("status")).longValue());
    assertTrue(a.str("detail").contains(detailPart), a.str("detail"));
  }
}
