package app.worthit.extension.popup;

import app.worthit.extension.personal.LocalStore;
import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalExport;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.extension.seen.SeenData;
import app.worthit.extension.seen.SeenExport;
import app.worthit.extension.seen.SeenStore;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Counts of the user's marks, export of all personal data as a JSON file, and import of that file. */
final class DataTransfer {
  private final LocalStore store;
  private final SeenStore seen = new SeenStore();
  private final HTMLDocument doc = HTMLDocument.current();
  private PersonalData data = PersonalData.EMPTY;

  DataTransfer(LocalStore store) {
    this.store = store;
  }

  void bind() {
    doc.getElementById("export").addEventListener("click", event -> {
      seen.load().then(log -> {
        HTMLElement link = doc.getElementById("export-link");
        String file = PersonalExport.write(data, SeenExport.members(log), System.currentTimeMillis());
        link.setAttribute("href", objectUrl(file));
        link.setAttribute("download", "worthit-personal-data.json");
        link.removeAttribute("hidden");
        link.click();
        return null;
      });
    });
    FormField file = (FormField) doc.getElementById("import-file");
    file.addEventListener("change", event -> ChosenFile.text(file).then(text -> {
      if (text != null) {
        importText(text.stringValue());
      }
      return null;
    }));
  }

  void show(PersonalData latest) {
    data = latest;
    doc.getElementById("rated-count").setTextContent(Integer.toString(latest.ratedCount()));
    doc.getElementById("attended-count").setTextContent(Integer.toString(latest.attendedCount()));
  }

  private void importText(String text) {
    HTMLElement status = doc.getElementById("import-status");
    List<PersonalRecord> records;
    try {
      records = PersonalExport.read(text);
    } catch (IllegalArgumentException e) {
      status.setTextContent("Import failed: " + e.getMessage());
      return;
    }
    int count = records.size();
    SeenData log = SeenExport.read(text);
    store.putAll(records).flatThen(x -> seen.putData(log)).then(x -> {
      status.setTextContent("Imported " + count + " records and " + log.events().size() + " seen events.");
      return null;
    });
  }

  @JSBody(params = "text", script = "return URL.createObjectURL(new Blob([text], {type: 'application/json'}));")
  private static native String objectUrl(String text);
}
