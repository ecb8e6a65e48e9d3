package app.worthit.rules.text;

/** Where a cue matched: tokens start (inclusive) to end (exclusive), and whether it was negated. */
public record Hit(Cue cue, int start, int end, String words, Field field, boolean negated) {}
