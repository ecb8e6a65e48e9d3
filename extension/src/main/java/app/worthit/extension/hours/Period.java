package app.worthit.extension.hours;

/** The chart's bars: one per week (26 of them) or per month (6), over the last six months. */
public enum Period {
  WEEK("week", 26),
  MONTH("month", 6);

  private final String wire;
  private final int bars;

  Period(String wire, int bars) {
    this.wire = wire;
    this.bars = bars;
  }

  /** The value of the page's control. */
  public String wire() {
    return wire;
  }

  /** How many bars cover six months. */
  public int bars() {
    return bars;
  }

  /** The period of a control value; anything unknown is WEEK. */
  public static Period fromWire(String name) {
    return MONTH.wire.equals(name) ? MONTH : WEEK;
  }
}
