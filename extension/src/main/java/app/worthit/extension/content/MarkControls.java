package app.worthit.extension.content;

import app.worthit.extension.dom.LiveElement;
import app.worthit.extension.personal.LocalStore;
import app.worthit.extension.personal.PersonalData;
import app.worthit.extension.personal.PersonalRecord;
import app.worthit.extension.personal.RecordKind;
import app.worthit.extension.personal.Vote;
import org.teavm.jso.dom.events.EventListener;

/** The user's controls for one event: rating, "I went" and a private note, saved to local storage. */
final class MarkControls {
  private final LocalStore store;

  MarkControls(LocalStore store) {
    this.store = store;
  }

  /** Appends the controls for the annotation's event to the container. */
  void render(LiveElement container, Annotation a) {
    String key = a.listing().key();
    PersonalData p = a.personal();
    LiveElement box = Nodes.element("div", "controls");
    box.appendChild(voteButton(key, p.vote(key), Vote.WORTH_IT, "Worth it"));
    box.appendChild(voteButton(key, p.vote(key), Vote.NOT_WORTH_IT, "Not worth it"));
    boolean went = p.attended(key);
    LiveElement attend = button("attended", "I went", went);
    attend.addEventListener("click", act(() -> {
      if (went) {
        store.remove(RecordKind.ATTENDED, key);
      } else {
        store.put(PersonalRecord.attended(key, a.groupKey(), System.currentTimeMillis()));
      }
    }));
    box.appendChild(attend);
    box.appendChild(note(key, p.note(key)));
    container.appendChild(box);
  }

  private LiveElement voteButton(String key, Vote current, Vote vote, String label) {
    LiveElement b = button(vote.wire(), label, current == vote);
    b.addEventListener("click", act(() -> {
      if (current == vote) {
        store.remove(RecordKind.RATING, key);
      } else {
        store.put(PersonalRecord.rating(key, vote, System.currentTimeMillis()));
      }
    }));
    return b;
  }

  private LiveElement note(String key, String current) {
    LiveElement box = Nodes.element("div", "note");
    LiveElement label = Nodes.text("label", null, "Private note");
    label.setAttribute("for", "worthit-note");
    LiveElement area = Nodes.element("textarea", null);
    area.setAttribute("id", "worthit-note");
    area.setAttribute("data-action", "note-text");
    area.setAttribute("maxlength", "2000");
    NoteField.setValue(area, current == null ? "" : current);
    LiveElement save = button("save-note", "Save note", false);
    save.removeAttribute("aria-pressed");
    save.addEventListener("click", act(() -> {
      String text = NoteField.value(area).trim();
      if (text.isEmpty()) {
        store.remove(RecordKind.NOTE, key);
      } else {
        store.put(PersonalRecord.note(key, text, System.currentTimeMillis()));
      }
    }));
    box.appendChild(label);
    box.appendChild(area);
    box.appendChild(save);
    return box;
  }

  private static LiveElement button(String action, String label, boolean pressed) {
    LiveElement b = Nodes.text("button", null, label);
    b.setAttribute("type", "button");
    b.setAttribute("data-action", action);
    b.setAttribute("aria-pressed", pressed ? "true" : "false");
    return b;
  }

  private static EventListener<?> act(Runnable action) {
    return event -> {
      event.preventDefault();
      event.stopPropagation();
      action.run();
    };
  }
}
