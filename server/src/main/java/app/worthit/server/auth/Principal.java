package app.worthit.server.auth;

/** Who is calling: the device whose token was presented and the account it belongs to. */
public record Principal(String accountId, String deviceId) {}
