package app.worthit.eval;

import app.worthit.json.JsonException;
import app.worthit.wire.WireException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The cases of a labelled-cases file (JSON lines), and the lines that could not be read. */
public record LabelledCases(List<LabelledCase> cases, List<BadLine> badLines) {
  public LabelledCases {
    cases = List.copyOf(cases);
    badLines = List.copyOf(badLines);
  }

  /**
   * Reads every line of {@code text}; never throws for bad content. Blank lines are skipped but
   * counted in line numbers; a line that is not a case, or repeats an earlier id, is a bad line.
   */
  public static LabelledCases parse(String text) {
    List<LabelledCase> cases = new ArrayList<>();
    List<BadLine> bad = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int number = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      number++;
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      start = end + 1;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        LabelledCase c = LabelledCaseLine.parse(number, line);
        if (ids.add(c.id())) {
          cases.add(c);
        } else {
          bad.add(new BadLine(number, "id: " + c.id() + " repeats an earlier line's id"));
        }
      } catch (JsonException | WireException e) {
        bad.add(new BadLine(number, e.getMessage()));
      } catch (RuntimeException e) {
        // A model check the wire format does not make itself must still not stop the run.
        bad.add(new BadLine(number, "could not read: " + e.getMessage()));
      }
    }
    return new LabelledCases(cases, bad);
  }
}
