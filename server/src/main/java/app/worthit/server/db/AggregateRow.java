package app.worthit.server.db;

/** The public vote counts of one event key, with the 4-hex prefix of the key's SHA-256. */
public record AggregateRow(String recordKey, String keyPrefix, long worthIt, long notWorthIt) {}
