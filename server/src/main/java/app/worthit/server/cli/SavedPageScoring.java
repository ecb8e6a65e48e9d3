package app.worthit.server.cli;

import app.worthit.extract.PageExtractor;
import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.model.Listing;
import app.worthit.model.Profile;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Verdict;
import app.worthit.server.page.JsoupPage;
import app.worthit.wire.ListingJson;
import app.worthit.wire.VerdictJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * {@code score FILE...}: every listing found on each saved page, scored, as one line
 * {"file", "listing", "verdict"} each. An unreadable file is reported on stderr and skipped.
 */
final class SavedPageScoring {
  private final Function<ScoreRequest, Verdict> scorer;
  private final String url;
  private final Profile profile;

  /** {@code url} overrides every page's own address when not null. */
  SavedPageScoring(Function<ScoreRequest, Verdict> scorer, String url, Profile profile) {
    this.scorer = scorer;
    this.url = url;
    this.profile = profile;
  }

  /** Scores the files in order; true when every one of them could be read. */
  boolean run(List<Path> files, PrintWriter out, PrintWriter err) {
    boolean allRead = true;
    for (Path file : files) {
      Document doc;
      try {
        doc = Jsoup.parse(file.toFile(), null, url == null ? "" : url);
      } catch (IOException | RuntimeException e) {
        err.println("worthit score: cannot read " + file + ": " + e.getMessage());
        err.flush();
        allRead = false;
        continue;
      }
      String address = url != null ? url : PageAddress.of(doc);
      if (address != null) {
        doc.setBaseUri(address);
      }
      for (Listing listing : PageExtractor.extract(new JsoupPage(doc, address))) {
        out.write(line(file, listing, scorer.apply(new ScoreRequest(listing, profile))));
        out.write('\n');
        out.flush();
      }
    }
    return allRead;
  }

  private static String line(Path file, Listing listing, Verdict verdict) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("file", new JsonValue.Str(file.toString()));
    members.put("listing", ListingJson.toJson(listing));
    members.put("verdict", VerdictJson.toJson(verdict));
    return JsonWriter.write(new JsonValue.Obj(members));
  }
}
