package app.worthit.bench;

import app.worthit.language.Language;
import app.worthit.language.LanguageDetector;
import app.worthit.language.ListingLanguage;
import app.worthit.language.ListingReading;
import app.worthit.model.ScoreRequest;
import app.worthit.wire.ScoreRequestJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The language detector on a card's title, a typical listing and 100 KB descriptions. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageBenchmark {
  private static final String GERMAN = "Unser monatliches Netzwerktreffen für Gründerinnen und Gründer aus Berlin."
      + " Wir stellen uns kurz vor, danach gibt es Zeit für Gespräche bei einem Getränk. ";
  private ScoreRequest shortListing;
  private String prose100k;
  private String german100k;

  @Setup
  public void setUp() {
    shortListing = ScoreRequestJson.parse(Listings.request(Listings.SHORT));
    prose100k = Listings.prose(100_000);
    german100k = GERMAN.repeat(100_000 / GERMAN.length() + 1).substring(0, 100_000);
  }

  /** A card's title. */
  @Benchmark
  public Language detectTitle() {
    return LanguageDetector.detect("Netzwerktreffen für Gründerinnen und Gründer");
  }

  /** A typical listing's four fields, as the scorer reads it. */
  @Benchmark
  public ListingReading readShortListing() {
    return ListingLanguage.of(shortListing.listing());
  }

  /** 100 KB of English prose (only the first 20,000 characters are read). */
  @Benchmark
  public Language detect100kEnglish() {
    return LanguageDetector.detect(prose100k);
  }

  /** 100 KB of German. */
  @Benchmark
  public Language detect100kGerman() {
    return LanguageDetector.detect(german100k);
  }
}
