package app.worthit.extension.seen;

import app.worthit.model.Listing;
import app.worthit.model.Reason;
import app.worthit.model.Verdict;
import app.worthit.model.VerdictLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The compact local record of one badged event: what "Your week" lists and "Your hours" counts.
 * Kept in chrome.storage.local only; never synced or sent anywhere.
 */
public record SeenEvent(
    String key,
    String url,
    String title,
    String groupName,
    String startsAt,
    String endsAt,
    Boolean online,
    Integer priceCents,
    String currency,
    VerdictLevel verdict,
    int score,
    List<String> reasons,
    long seenAt) {
  /** How many reasons are kept: the ones that moved the score most. */
  public static final int TOP_REASONS = 3;
  /** Longest title or reason kept, in characters: the log stays small. */
  static final int MAX_TEXT = 300;

  public SeenEvent {
    if (key == null || key.isEmpty() || url == null || title == null || verdict == null) {
      throw new IllegalArgumentException("a seen event needs a key, a URL, a title and a verdict");
    }
    reasons = List.copyOf(reasons);
  }

  /** The record of a listing as badged with this verdict, at {@code now} (epoch ms). */
  public static SeenEvent of(Listing l, Verdict v, long now) {
    List<Reason> sorted = new ArrayList<>(v.reasons());
    sorted.sort((a, b) -> Integer.compare(Math.abs(b.effect()), Math.abs(a.effect())));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < sorted.size() && top.size() < TOP_REASONS; i++) {
      top.add(cut(sorted.get(i).text()));
    }
    return new SeenEvent(l.key(), l.url(), cut(l.title()), cut(l.groupName()), l.startsAt(), l.endsAt(), l.online(),
        l.priceCents(), l.currency(), v.verdict(), v.score(), top, now);
  }

  /** True when everything but the time it was seen is the same. */
  public boolean sameFacts(SeenEvent o) {
    return o != null && key.equals(o.key) && url.equals(o.url) && title.equals(o.title)
        && Objects.equals(groupName, o.groupName) && Objects.equals(startsAt, o.startsAt)
        && Objects.equals(endsAt, o.endsAt) && Objects.equals(online, o.online)
        && Objects.equals(priceCents, o.priceCents) && Objects.equals(currency, o.currency)
        && verdict == o.verdict && score == o.score && reasons.equals(o.reasons);
  }

  private static String cut(String s) {
    return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "\u2026";
  }
}
