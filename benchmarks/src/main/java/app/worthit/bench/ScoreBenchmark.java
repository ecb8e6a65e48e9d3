package app.worthit.bench;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Verdict;
import app.worthit.rules.Scorer;
import app.worthit.rules.text.ListingText;
import app.worthit.wire.ScoreRequestJson;
import app.worthit.wire.VerdictJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The hot paths of `score --jsonl`: the scorer on three listing sizes, and the wire format. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoreBenchmark {
  private ScoreRequest shortListing;
  private ScoreRequest description10k;
  private ScoreRequest description100k;
  private ScoreRequest prose100k;
  private String proseText;
  private String requestLine;
  private Verdict verdict;

  /** Builds the requests once, through the wire format like the command line does. */
  @Setup
  public void setUp() {
    shortListing = ScoreRequestJson.parse(Listings.request(Listings.SHORT));
    description10k = ScoreRequestJson.parse(Listings.request(Listings.markdown(10_000)));
    description100k = ScoreRequestJson.parse(Listings.request(Listings.markdown(100_000)));
    proseText = Listings.prose(100_000);
    prose100k = ScoreRequestJson.parse(Listings.request(proseText));
    requestLine = Listings.request(Listings.markdown(1_200));
    verdict = Scorer.score(description10k);
  }

  /** A typical listing: a title and a few sentences. */
  @Benchmark
  public Verdict scoreShortListing() {
    return Scorer.score(shortListing);
  }

  /** A long Markdown description of about 10 KB. */
  @Benchmark
  public Verdict score10kDescription() {
    return Scorer.score(description10k);
  }

  /** A 100 KB Markdown description, the size issue 2 names. */
  @Benchmark
  public Verdict score100kDescription() {
    return Scorer.score(description100k);
  }

  /** A 100 KB description of ordinary prose with a cue in one sentence of twenty. */
  @Benchmark
  public Verdict score100kProse() {
    return Scorer.score(prose100k);
  }

  /** Only the tokenizer on the 100 KB of prose: a listing's words, before any cue is looked for. */
  @Benchmark
  public ListingText tokenize100kProse() {
    return ListingText.of(null, null, proseText, null);
  }

  /**
   * A floor for the tokenizer: copy the same 100 KB, lowercase ASCII letters, hash each word and
   * record where it ends, and nothing else (no accents, links, tags, entities or clauses).
   */
  @Benchmark
  public int copyAndHash100kProse() {
    char[] in = proseText.toCharArray();
    char[] out = new char[in.length];
    int[] ends = new int[in.length / 4 + 16];
    int[] hashes = new int[ends.length];
    int length = 0;
    int count = 0;
    int hash = 0;
    for (char c : in) {
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c >= 'a' && c <= 'z') {
        out[length++] = c;
        hash = 31 * hash + c;
      } else if (length > (count == 0 ? 0 : ends[count - 1])) {
        hashes[count] = hash;
        ends[count++] = length;
        hash = 0;
      }
    }
    return count + hashes[count / 2] + out[length / 2];
  }

  /** Parsing one score request line (about 1.5 KB) into a JSON tree. */
  @Benchmark
  public JsonValue parseRequestJson() {
    return JsonParser.parse(requestLine);
  }

  /** Parsing one score request line all the way to a ScoreRequest. */
  @Benchmark
  public ScoreRequest parseScoreRequest() {
    return ScoreRequestJson.parse(requestLine);
  }

  /** Writing one verdict as a JSON line. */
  @Benchmark
  public String writeVerdict() {
    return JsonWriter.write(VerdictJson.toJson(verdict));
  }
}
