package app.worthit.eval;

/** {@code part} of {@code whole}, as counts and as a percentage; undefined when whole is 0. */
public record Ratio(int part, int whole) {
  public Ratio {
    if (part < 0 || whole < part) {
      throw new IllegalArgumentException("expected 0 <= part <= whole: " + part + "/" + whole);
    }
  }

  /** False when there is nothing to divide by. */
  public boolean defined() {
    return whole > 0;
  }

  /** The percentage, 0..100; 0 when undefined. */
  public double percent() {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** True when defined and at least {@code percent}, or undefined (nothing counted against it). */
  public boolean atLeast(double percent) {
    return !defined() || 100.0 * part >= percent * whole;
  }

  /** The percentage rounded to one decimal, as "68.1"; "n/a" when undefined. */
  public String percentText() {
    if (whole == 0) {
      return "n/a";
    }
    long tenths = Math.round(1000.0 * part / whole);
    return (tenths / 10) + "." + (tenths % 10);
  }

  /** "290 of 426 (68.1%)", or "0 of 0" when undefined. */
  @Override
  public String toString() {
    return part + " of " + whole + (whole == 0 ? "" : " (" + percentText() + "%)");
  }
}
