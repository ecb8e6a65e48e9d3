package app.worthit.eval;

/** A line of a labelled-cases file that could not be read, and why. */
public record BadLine(int line, String message) {}
