package app.worthit.server.account;

/** A device just created: its ids and its bearer token, shown once and never stored in clear. */
public record NewDevice(String accountId, String deviceId, String token) {}
