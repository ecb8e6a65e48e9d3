package app.worthit.server.community;

/** The public counts of one event key. */
public record Aggregate(String key, long worthIt, long notWorthIt) {}
