package app.worthit.server.db;

/**
 * One decision in the audit log: when, who (a pseudonymous account id or an admin token id), what
 * action on which target and subject key, the details of what changed, and why.
 */
public record AuditRow(long seq, long at, String actor, String action, String target, String subjectKey,
    String detail, String reason) {}
