package app.worthit.model;

/** One fired rule: its stable id, signed effect on the score, explanation and evidence. */
public record Reason(String rule, int effect, String text, String evidence) {
  public Reason {
    if (rule == null || text == null) {
      throw new IllegalArgumentException("rule and text are required");
    }
  }
}
