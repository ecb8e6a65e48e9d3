package app.worthit.extension.sync;

import org.teavm.jso.JSBody;

/** Glue to the service worker's browser events and timers that sync needs. */
final class WorkerEvents {
  private WorkerEvents() {}

  /** {@code chrome.alarms.onAlarm}, given the alarm's name. */
  @JSBody(params = "callback", script = "chrome.alarms.onAlarm.addListener(function (a) { callback(a.name); });")
  static native void onAlarm(TextCallback callback);

  /** A repeating alarm, first after one period. */
  @JSBody(params = {"name", "minutes"}, script = "chrome.alarms.create(name, {delayInMinutes: minutes, periodInMinutes: minutes});")
  static native void repeat(String name, double minutes);

  /** A one-off alarm at that time (epoch millis); it wakes the worker even after it was stopped. */
  @JSBody(params = {"name", "when"}, script = "chrome.alarms.create(name, {when: when});")
  static native void at(String name, double when);

  /** Cancels an alarm. */
  @JSBody(params = "name", script = "chrome.alarms.clear(name);")
  static native void clear(String name);

  /** {@code chrome.runtime.onStartup}: the browser started with this profile. */
  @JSBody(params = "callback", script = "chrome.runtime.onStartup.addListener(function () { callback(); });")
  static native void onStartup(Signal callback);

  /** {@code chrome.runtime.onInstalled}: installed or updated. */
  @JSBody(params = "callback", script = "chrome.runtime.onInstalled.addListener(function () { callback(); });")
  static native void onInstalled(Signal callback);

  /** Changed item names of chrome.storage.local, as a JSON array, after every change. */
  @JSBody(params = "callback", script = "chrome.storage.onChanged.addListener(function (changes, area) {"
      + " if (area === 'local') { callback(JSON.stringify(Object.keys(changes))); } });")
  static native void onLocalChange(TextCallback callback);

  /** Runtime messages that carry a string {@code worthit} member; others are left to other listeners. */
  @JSBody(params = "handler", script = "chrome.runtime.onMessage.addListener(function (msg, sender, reply) {"
      + " if (!msg || typeof msg.worthit !== 'string') { return false; }"
      + " handler(JSON.stringify(msg), function (text) { reply(JSON.parse(text)); });"
      + " return true; });")
  static native void onMessage(MessageHandler handler);

  /** {@code setTimeout}. */
  @JSBody(params = {"callback", "ms"}, script = "return setTimeout(callback, ms);")
  static native int later(Signal callback, int ms);

  /** {@code clearTimeout}. */
  @JSBody(params = "id", script = "clearTimeout(id);")
  static native void cancel(int id);
}
