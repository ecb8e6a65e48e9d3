package app.worthit.rules;

import app.worthit.model.ScoreRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A rough micro timing of the scorer on a 100 KB Markdown description and on short listings, run
 * by hand (no timing assertions in tests). CPU time is the figure to read on a shared machine: java -cp shared/target/classes:shared/target/test-classes
 * app.worthit.rules.ScoringTiming
 */
public final class ScoringTiming {
  private ScoringTiming() {}

  /** Prints the mean time per request after a warm-up. */
  public static void main(String[] args) {
    ScoreRequest big = SampleListing.titled("Coffee Intros")
        .description(LongListingTest.markdownOf(100_000, "Warm one-on-one introductions.")).request();
    ScoreRequest small = SampleListing.titled("Job Seekers Support Circle - Weekly")
        .description("Laid off? You're not alone. Join fellow job seekers every Tuesday to share your struggles.")
        .request();
    report("100 KB description", big, 200, 1000);
    report("short listing", small, 20_000, 100_000);
  }

  private static void report(String name, ScoreRequest request, int warmUp, int runs) {
    long sink = 0;
    for (int i = 0; i < warmUp; i++) {
      sink += Scorer.score(request).score();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      sink += Scorer.score(request).score();
    }
    double wall = (System.nanoTime() - start) / 1000.0 / runs;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / runs;
    System.out.println(name + ": " + Math.round(cpu) + " us CPU, " + Math.round(wall) + " us wall per request ("
        + runs + " runs, checksum " + sink + ")");
  }
}
