package app.worthit.extension.sync;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;

/** {@code fetch} with JSON in and text out; never rejects: no answer at all is status 0 with the browser's message. */
final class Http {
  private Http() {}

  /** One call; {@code token} and {@code body} may be null. Gives up after 20 seconds. */
  @JSBody(params = {"method", "url", "token", "body"}, script = ""
      + "var headers = {'Accept': 'application/json, application/problem+json'};"
      + "if (token) { headers['Authorization'] = 'Bearer ' + token; }"
      + "if (body !== null) { headers['Content-Type'] = 'application/json'; }"
      + "var init = {method: method, headers: headers, cache: 'no-store', credentials: 'omit'};"
      + "if (body !== null) { init.body = body; }"
      + "if (typeof AbortSignal !== 'undefined' && AbortSignal.timeout) { init.signal = AbortSignal.timeout(20000); }"
      + "return fetch(url, init).then(function (r) {"
      + "  return r.text().then(function (t) {"
      + "    return {status: r.status, body: t, retryAfter: r.headers.get('Retry-After') || ''}; });"
      + "}, function (e) {"
      + "  return {status: 0, body: String((e && (e.message || e.name)) || e), retryAfter: ''}; });")
  static native JSPromise<HttpAnswer> call(String method, String url, String token, String body);
}
