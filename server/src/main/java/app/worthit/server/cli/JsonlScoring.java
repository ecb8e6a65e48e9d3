package app.worthit.server.cli;

import app.worthit.json.JsonException;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Verdict;
import app.worthit.wire.ScoreRequestJson;
import app.worthit.wire.VerdictJson;
import app.worthit.wire.WireException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code score --jsonl}: one ScoreRequest per input line, one Verdict (or error object) per output
 * line in the same order, in constant memory whatever the length of the stream. Output is flushed
 * whenever reading the next input could block, so a client that waits for each answer before
 * sending more always gets it, while bulk input is written in large blocks. Blank lines are
 * skipped without output; line numbers in errors count them.
 */
final class JsonlScoring {
  private final Function<ScoreRequest, Verdict> scorer;

  JsonlScoring(Function<ScoreRequest, Verdict> scorer) {
    this.scorer = scorer;
  }

  /** Scores every line of {@code in} onto {@code out}; bad lines never stop the run. */
  void run(Reader in, PrintWriter out) throws IOException {
    InputLines lines = new InputLines(in, ScoreRequestJson.MAX_CHARS, out::flush);
    for (InputLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.tooLong()) {
        emit(out, error("line longer than " + ScoreRequestJson.MAX_CHARS + " characters", line.number()));
      } else if (!line.text().isBlank()) {
        emit(out, score(line));
      }
    }
    out.flush();
  }

  private String score(InputLines.Line line) {
    try {
      return JsonWriter.write(VerdictJson.toJson(scorer.apply(ScoreRequestJson.parse(line.text()))));
    } catch (JsonException | WireException e) {
      return error(e.getMessage(), line.number());
    } catch (RuntimeException e) {
      // A scorer bug on one input must not lose the answers for the others.
      return error("could not score: " + e, line.number());
    }
  }

  private static void emit(PrintWriter out, String json) {
    out.write(json);
    out.write('\n');
  }

  /** The error object written in place of a verdict: {"error": message, "line": n}. */
  static String error(String message, int line) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("error", new JsonValue.Str(message));
    members.put("line", JsonValue.Num.of(line));
    return JsonWriter.write(new JsonValue.Obj(members));
  }
}
