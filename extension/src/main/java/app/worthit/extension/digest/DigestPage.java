package app.worthit.extension.digest;

import app.worthit.extension.browser.Browser;
import app.worthit.extension.hours.HoursView;
import app.worthit.extension.personal.LocalStore;
import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.extension.seen.SeenData;
import app.worthit.extension.seen.SeenStore;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Entry point of digest.html: "Your week" and "Your hours", from this browser's storage only. */
public final class DigestPage {
  private final LocalStore personalStore = new LocalStore();
  private final SeenStore seenStore = new SeenStore();
  private final WeekView week = new WeekView();
  private final HoursView hours = new HoursView(seenStore);
  private PersonalData personal = PersonalData.EMPTY;
  private SeenData seen = SeenData.EMPTY;
  private List<PersonalRecord> shownRecords = List.of();
  private boolean rendered;

  private DigestPage() {}

  public static void main(String[] args) {
    new DigestPage().start();
  }

  private void start() {
    week.bind(this::render);
    hours.bind(this::render);
    Dom.byId("forget-seen").addEventListener("click", event -> seenStore.forgetAll());
    Browser.api().getStorage().getOnChanged().addListener((changes, area) -> {
      if ("local".equals(area) && (touches(changes, "wi/") || touches(changes, "seen"))) {
        load();
      }
    });
    load();
  }

  private void load() {
    personalStore.load().flatThen(p -> {
      personal = p;
      return seenStore.load();
    }).then(s -> {
      // Re-drawn only when something changed: a duration being typed is not wiped by an unrelated write.
      boolean changed = !s.equals(seen) || !personal.records().equals(shownRecords) || !rendered;
      seen = s;
      if (changed) {
        shownRecords = personal.records();
        render();
      }
      return null;
    });
  }

  private void render() {
    long now = System.currentTimeMillis();
    week.show(seen.events(), now);
    hours.show(seen, personal, now);
    int n = seen.events().size();
    Dom.byId("seen-count").setTextContent(n == 1 ? "1 event" : n + " events");
    Dom.byId("digest").setAttribute("data-ready", "true");
    rendered = true;
  }

  @JSBody(params = {"changes", "prefix"}, script = "for (var k in changes) { if (k.indexOf(prefix) === 0) { return true; } }"
      + " return false;")
  private static native boolean touches(JSObject changes, String prefix);
}
