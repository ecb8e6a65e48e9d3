package app.worthit.server.community;

import app.worthit.server.auth.Secrets;

/**
 * The cohort of a new account: a tag shared by the accounts made from one client address on one
 * UTC day. A truncated hash of the two, so the database keeps no address.
 */
public final class Cohort {
  private Cohort() {}

  public static String of(String address, long nowMillis) {
    return Secrets.sha256("cohort\n" + address + "\n" + Math.floorDiv(nowMillis, VoteRules.DAY_MILLIS)).substring(0, 24);
  }
}
