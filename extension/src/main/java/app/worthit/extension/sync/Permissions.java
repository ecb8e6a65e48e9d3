package app.worthit.extension.sync;

import org.teavm.jso.JSBody;

/** Asks for the optional host permission of a sync server that is not on localhost. */
public final class Permissions {
  private Permissions() {}

  /** Requests the origin pattern (must run in a user gesture); {@code done} gets "true" or "false". */
  @JSBody(params = {"pattern", "done"}, script = "try {"
      + " chrome.permissions.request({origins: [pattern]}).then(function (g) { done(g ? 'true' : 'false'); },"
      + " function () { done('false'); });"
      + "} catch (e) { done('false'); }")
  public static native void request(String pattern, TextCallback done);

  /** True when the address is on this machine, which the manifest already allows. */
  public static boolean builtIn(String address) {
    String pattern = ServerAddress.permissionPattern(address);
    return pattern.equals("http://localhost/*") || pattern.equals("http://127.0.0.1/*");
  }
}
