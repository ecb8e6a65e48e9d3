package app.worthit.server.cli;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.model.Profile;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Urls;
import app.worthit.model.Verdict;
import app.worthit.rules.Scorer;
import app.worthit.wire.ProfileJson;
import app.worthit.wire.WireException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code score}: verdicts for score requests on stdin (--jsonl) or for the events of saved pages. */
@Command(
    name = "score",
    description = "Score events with the Worth It? rules: ScoreRequest JSON lines from stdin"
        + " (--jsonl), or the events found on saved HTML pages (FILE...).",
    footer = {
      "",
      "--jsonl: one Verdict per request line, in order, flushed line by line.",
      "  A bad line gets {\"error\": message, \"line\": n} instead; the run goes on.",
      "  Blank lines are skipped without output (line numbers count them);",
      "  lines longer than 1,048,576 characters are refused.",
      "FILE...: one {\"file\", \"listing\", \"verdict\"} line per event on each page.",
      "  A listing with no Meetup/Eventbrite key gets \"url:\" + URL without query.",
      "Exit status: 0 ok (also when --jsonl lines were bad); 1 a FILE could not",
      "  be read (the others are still scored); 2 usage error."
    },
    sortOptions = false)
public final class ScoreCommand implements Callable<Integer> {
  private static final Function<ScoreRequest, Verdict> SCORER = Scorer::score;

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--jsonl", description = "Read ScoreRequest JSON lines from stdin.")
  boolean jsonl;

  @Option(names = "--url", paramLabel = "URL", description = "Address of the saved pages (default: their canonical link).")
  String url;

  @Option(names = "--profile", paramLabel = "JSON", description = "Profile JSON personalising the verdicts of saved pages.")
  String profile;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Saved HTML pages.")
  List<Path> files = new ArrayList<>();

  private final InputStream stdin;

  /** A score command reading --jsonl requests from {@code stdin}. */
  public ScoreCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws Exception {
    if (jsonl) {
      if (!files.isEmpty() || url != null || profile != null) {
        throw usage("--jsonl reads requests (each with its own profile) from stdin: give no FILE, --url or --profile");
      }
      new JsonlScoring(SCORER).run(new InputStreamReader(stdin, StandardCharsets.UTF_8), spec.commandLine().getOut());
      return 0;
    }
    if (files.isEmpty()) {
      throw usage("give --jsonl or at least one FILE");
    }
    if (url != null && !Urls.isHttp(url)) {
      throw usage("--url: expected an absolute http(s) URL: " + url);
    }
    SavedPageScoring pages = new SavedPageScoring(SCORER, url, profile());
    return pages.run(files, spec.commandLine().getOut(), spec.commandLine().getErr()) ? 0 : 1;
  }

  private Profile profile() {
    if (profile == null) {
      return Profile.EMPTY;
    }
    try {
      return ProfileJson.fromJson(JsonParser.parse(profile, 8, 1 << 16), "--profile");
    } catch (JsonException | WireException e) {
      throw usage("--profile: " + e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
