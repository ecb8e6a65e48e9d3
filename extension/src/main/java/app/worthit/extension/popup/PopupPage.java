package app.worthit.extension.popup;

import app.worthit.extension.personal.LocalStore;

/** Entry point of the toolbar popup (also opened as a tab at popup.html). */
public final class PopupPage {
  private PopupPage() {}

  public static void main(String[] args) {
    LocalStore store = new LocalStore();
    ProfileForm form = new ProfileForm(store);
    DataTransfer transfer = new DataTransfer(store);
    form.bind();
    transfer.bind();
    Runnable refresh = () -> store.load().then(data -> {
      form.show(data);
      transfer.show(data);
      return null;
    });
    store.onChange(refresh);
    refresh.run();
    // The sync section (extension/sync) binds itself to its own part of popup.html.
    new SyncPanel().bind();
  }
}
