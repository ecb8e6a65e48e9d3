package app.worthit.extension.browser;

import org.teavm.jso.JSBody;

/** Entry to the WebExtension APIs: {@code chrome}, or {@code browser} where only that exists. */
public final class Browser {
  private Browser() {}

  /** The extension API namespace of the current context. */
  @JSBody(script = "return typeof chrome !== 'undefined' && chrome.storage ? chrome : browser;")
  public static native ExtensionApi api();
}
