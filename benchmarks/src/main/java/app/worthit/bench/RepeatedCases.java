package app.worthit.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every labelled scoring case with its description repeated to 100 KB, the way a long description
 * is most easily made from real ones, scored in rounds; prints each case's minimum and median and
 * their sums.
 *
 * <p>Given directories of compiled shared classes, it loads each build in its own class loader and
 * alternates them within every round, so builds are compared under the same load: on a shared
 * machine the speed of one JVM run to the next varies by half, which separate runs cannot tell
 * from a change.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar app.worthit.bench.RepeatedCases CASES.jsonl [ROUNDS [CLASSES...]]
 * </pre>
 */
public final class RepeatedCases {
  private static final int SIZE = 100_000;
  private static final int WARM_UP_ROUNDS = 20;

  private RepeatedCases() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: RepeatedCases CASES.jsonl [ROUNDS [CLASSES_DIR...]]");
      System.exit(2);
    }
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    List<Build> builds = new ArrayList<>();
    if (args.length <= 2) {
      builds.add(new Build("this build", RepeatedCases.class.getClassLoader(), lines));
    }
    for (int i = 2; i < args.length; i++) {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL()}, null);
      builds.add(new Build(args[i], loader, lines));
    }
    int cases = builds.get(0).requests.size();
    long[][][] nanos = new long[builds.size()][cases][rounds];
    for (int r = 0; r < WARM_UP_ROUNDS; r++) {
      for (Build b : builds) {
        for (Object request : b.requests) {
          b.score.invoke(null, request);
        }
      }
    }
    for (int r = 0; r < rounds; r++) {
      System.err.printf("\rround %d of %d", r + 1, rounds);
      for (int c = 0; c < cases; c++) {
        // Each round starts with the next build, so none always runs first.
        for (int k = 0; k < builds.size(); k++) {
          int b = (k + r) % builds.size();
          Object request = builds.get(b).requests.get(c);
          long start = System.nanoTime();
          builds.get(b).score.invoke(null, request);
          nanos[b][c][r] = System.nanoTime() - start;
        }
      }
    }
    System.err.println();
    for (int b = 0; b < builds.size(); b++) {
      double sumMin = 0;
      double sumMedian = 0;
      StringBuilder each = new StringBuilder();
      for (int c = 0; c < cases; c++) {
        long[] sorted = nanos[b][c].clone();
        Arrays.sort(sorted);
        sumMin += sorted[0] / 1e6;
        sumMedian += sorted[rounds / 2] / 1e6;
        each.append(String.format(" %s %.2f/%.2f", builds.get(0).ids.get(c), sorted[0] / 1e6, sorted[rounds / 2] / 1e6));
      }
      System.out.printf("%s: %d cases, sum of minimums %.1f ms, of medians %.1f ms%n  min/median ms:%s%n",
          builds.get(b).name, cases, sumMin, sumMedian, each);
    }
  }

  /** One build's scorer and the cases as its own ScoreRequests. */
  private static final class Build {
    final String name;
    final Method score;
    final List<Object> requests = new ArrayList<>();
    final List<String> ids = new ArrayList<>();

    Build(String name, ClassLoader loader, List<String> lines) throws Exception {
      this.name = name;
      Class<?> json = loader.loadClass("app.worthit.json.JsonParser");
      Class<?> value = loader.loadClass("app.worthit.json.JsonValue");
      Class<?> writer = loader.loadClass("app.worthit.json.JsonWriter");
      Class<?> requestJson = loader.loadClass("app.worthit.wire.ScoreRequestJson");
      Method parse = json.getMethod("parse", String.class);
      Method write = writer.getMethod("write", value);
      Method parseRequest = requestJson.getMethod("parse", String.class);
      score = loader.loadClass("app.worthit.rules.Scorer").getMethod("score",
          loader.loadClass("app.worthit.model.ScoreRequest"));
      Method quote = writer.getMethod("quote", String.class, StringBuilder.class);
      for (String line : lines) {
        Object root = parse.invoke(null, line);
        Map<?, ?> members = (Map<?, ?>) root.getClass().getMethod("members").invoke(root);
        Object id = members.get("id");
        ids.add((String) id.getClass().getMethod("value").invoke(id));
        String request = (String) write.invoke(null, members.get("request"));
        Object parsed = parseRequest.invoke(null, request);
        Object listing = parsed.getClass().getMethod("listing").invoke(parsed);
        String description = (String) listing.getClass().getMethod("description").invoke(listing);
        if (description == null || description.isEmpty()) {
          requests.add(parsed);
          continue;
        }
        StringBuilder longer = new StringBuilder(SIZE + description.length() + 2);
        while (longer.length() < SIZE) {
          longer.append(description).append("\n\n");
        }
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        quote.invoke(null, description, from);
        quote.invoke(null, longer.toString(), to);
        if (!request.contains(from)) {
          throw new IllegalStateException("cannot find the description of case " + ids.get(ids.size() - 1));
        }
        requests.add(parseRequest.invoke(null, request.replace(from, to)));
      }
    }
  }
}
