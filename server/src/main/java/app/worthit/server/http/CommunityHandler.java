package app.worthit.server.http;

import app.worthit.json.JsonValue;
import app.worthit.json.JsonWriter;
import app.worthit.server.community.Aggregate;
import app.worthit.server.community.CommunityIndex;
import app.worthit.server.moderation.CorrectionIndex;
import app.worthit.wire.CorrectionJson;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/community?prefixes=ab12,03f9}: the public counts of every key whose SHA-256 starts
 * with one of the prefixes, so the server never learns which keys a user is looking at.
 */
public final class CommunityHandler {
  /** Most prefixes per request. */
  public static final int MAX_PREFIXES = 200;

  private final CommunityIndex index;
  private final CorrectionIndex corrections;

  public CommunityHandler(CommunityIndex index, CorrectionIndex corrections) {
    this.index = index;
    this.corrections = corrections;
  }

  /**
   * GET: {@code {aggregates: [{key, worthIt, notWorthIt}], corrections: [Correction]}} with an ETag;
   * 304 when unchanged. The corrections are the applied ones of keys under the prefixes.
   */
  public void lookup(Context ctx) {
    List<String> prefixes = prefixes(ctx);
    List<Aggregate> found = index.lookup(prefixes);
    List<JsonValue> items = new ArrayList<>(found.size());
    for (Aggregate a : found) {
      items.add(JsonResponse.object("key", a.key(), "worthIt", a.worthIt(), "notWorthIt", a.notWorthIt()));
    }
    List<JsonValue> fixes = new ArrayList<>();
    corrections.lookup(prefixes).forEach(c -> fixes.add(CorrectionJson.toJson(c)));
    String body = JsonWriter.write(JsonResponse.object("aggregates", new JsonValue.Arr(items),
        "corrections", new JsonValue.Arr(fixes)));
    String etag = "\"" + Long.toHexString(fnv1a(body)) + "\"";
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=60");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.status(200).contentType("application/json").result(body);
  }

  private static List<String> prefixes(Context ctx) {
    Set<String> out = new LinkedHashSet<>();
    for (String param : ctx.queryParams("prefixes")) {
      for (String p : param.split(",", -1)) {
        String prefix = p.strip().toLowerCase(java.util.Locale.ROOT);
        if (!prefix.matches("[0-9a-f]{4}")) {
          throw Problem.invalid("prefix \"" + abbreviate(p) + "\" is not 4 hex characters");
        }
        out.add(prefix);
      }
    }
    if (out.isEmpty()) {
      throw Problem.invalid("prefixes is required: 4-hex-character SHA-256 prefixes separated by commas");
    }
    if (out.size() > MAX_PREFIXES) {
      throw Problem.invalid(out.size() + " prefixes; at most " + MAX_PREFIXES + " per request");
    }
    return new ArrayList<>(out);
  }

  private static String abbreviate(String s) {
    return s.length() > 16 ? s.substring(0, 16) + "..." : s;
  }

  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
