package app.worthit.server.db;

/** A device of an account, as stored (the token only as its hash). */
public record DeviceRow(String id, String accountId, String name, String tokenHash, long createdAt) {}
