package app.worthit.server.moderation;

import app.worthit.server.http.Problem;

/** The moderation problems beyond the common ones: not allowed, wrong state, proof not shown. */
public final class Refusals {
  private Refusals() {}

  /** 403: the caller is known but may not do this (a moderator outside their own groups). */
  public static Problem forbidden(String detail) {
    return Problem.ofStatus(403, "forbidden", "Forbidden", detail);
  }

  /** 409: the claim or correction is not in a state that allows this. */
  public static Problem conflict(String detail) {
    return Problem.ofStatus(409, "conflict", "Conflict", detail);
  }

  /** 422: a claim proof that does not show the phrase on the group's own page. */
  public static Problem proofRejected(String detail) {
    return Problem.ofStatus(422, "proof-rejected", "Proof not accepted", detail);
  }
}
