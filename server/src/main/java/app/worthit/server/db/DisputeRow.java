package app.worthit.server.db;

/** A user's dispute of an applied correction; open until an admin decides the correction. */
public record DisputeRow(String id, String correctionId, String author, String reason, String status, long createdAt) {}
