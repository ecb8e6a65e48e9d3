package app.worthit.server.http;

import app.worthit.community.KeyPrefix;
import app.worthit.json.JsonWriter;
import app.worthit.server.community.Aggregate;
import app.worthit.server.community.CommunityIndex;
import app.worthit.server.moderation.CorrectionIndex;
import app.worthit.wire.CorrectionJson;
import app.worthit.model.Correction;
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
    StringBuilder out = new StringBuilder(32 + found.size() * 64).append("{\"aggregates\":[");
    for (int i = 0; i < found.size(); i++) {
      Aggregate a = found.get(i);
      out.append(i == 0 ? "{\"key\":" : ",{\"key\":");
      JsonWriter.quote(a.key(), out);
      out.append(",\"worthIt\":").append(a.worthIt()).append(",\"notWorthIt\":").append(a.notWorthIt()).append('}');
    }
    out.append("],\"corrections\":[");
    List<Correction> applied = corrections.lookup(prefixes);
    for (int i = 0; i < applied.size(); i++) {
      out.append(i == 0 ? "" : ",").append(JsonWriter.write(CorrectionJson.toJson(applied.get(i))));
    }
    String body = out.append("]}").toString();
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
        if (!KeyPrefix.valid(prefix)) {
          throw Problem.invalid("prefix \"" + abbreviate(p) + "\" is not 4 hex characters");
        }
        out.add(prefix);
      }
    }
    if (out.isEmpty()) {
      throw Problem.invalid("prefixes is required: 4-hex-character SHA-256 prefixes separated by commas");
    }
    if (out.size() > KeyPrefix.MAX_PER_REQUEST) {
      throw Problem.invalid(out.size() + " prefixes; at most " + KeyPrefix.MAX_PER_REQUEST + " per request");
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
