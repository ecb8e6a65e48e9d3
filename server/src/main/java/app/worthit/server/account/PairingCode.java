package app.worthit.server.account;

/** A pairing code in clear (shown once) and when it stops working, in epoch millis. */
public record PairingCode(String code, long expiresAt) {}
