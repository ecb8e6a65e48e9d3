package app.worthit.extension.popup;

import app.worthit.extension.personal.LocalStore;
import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalRecord;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The target job title and industry, saved to local storage; badges on open pages update at once. */
final class ProfileForm {
  private final LocalStore store;
  private final HTMLDocument doc = HTMLDocument.current();

  ProfileForm(LocalStore store) {
    this.store = store;
  }

  void bind() {
    HTMLElement form = doc.getElementById("profile");
    form.addEventListener("submit", event -> {
      event.preventDefault();
      store.put(PersonalRecord.profile(field("target-title").getValue(), field("industry").getValue(),
          System.currentTimeMillis()))
          .then(x -> {
            doc.getElementById("profile-status").setTextContent("Saved.");
            return null;
          });
    });
  }

  void show(PersonalData data) {
    fill("target-title", data.targetTitle());
    fill("industry", data.industry());
  }

  private void fill(String id, String value) {
    FormField f = field(id);
    if (doc.getActiveElement() != (Object) f) {
      f.setValue(value == null ? "" : value);
    }
  }

  private FormField field(String id) {
    return (FormField) doc.getElementById(id);
  }
}
