package app.worthit.extension.digest;

import app.worthit.extension.seen.SeenEvent;

/** One upcoming event of the week, with its start and end as instants (epoch ms). */
public record WeekEntry(SeenEvent event, long startMillis, long endMillis, boolean dateOnly) {}
