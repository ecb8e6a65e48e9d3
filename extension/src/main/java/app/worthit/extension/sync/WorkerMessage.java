package app.worthit.extension.sync;

import org.teavm.jso.JSBody;

/** Sends a message to the service worker from a content script or the popup. */
public final class WorkerMessage {
  private WorkerMessage() {}

  /** Sends the JSON message; {@code reply} gets the answer as JSON text, or "null" when none came. */
  @JSBody(params = {"json", "reply"}, script = "try {"
      + " chrome.runtime.sendMessage(JSON.parse(json)).then(function (r) { reply(JSON.stringify(r === undefined ? null : r)); },"
      + " function () { reply('null'); });"
      + "} catch (e) { reply('null'); }")
  public static native void send(String json, TextCallback reply);
}
