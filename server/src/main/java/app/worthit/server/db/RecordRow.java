package app.worthit.server.db;

/** One synced record of an account: its latest value (JSON text, null for a tombstone) and clock. */
public record RecordRow(String kind, String recordKey, String value, String hlc, int deleted, long seq) {}
