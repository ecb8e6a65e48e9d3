package app.worthit.server.moderation;

/** Who acted, as the audit log names them: a pseudonymous account or an admin token, never a person. */
public record Actor(String name) {
  /** An account, by its random id. */
  public static Actor account(String accountId) {
    return new Actor("account:" + accountId);
  }

  /** An admin, by the id of the token they signed in with. */
  public static Actor admin(String tokenId) {
    return new Actor("admin:" + tokenId);
  }
}
