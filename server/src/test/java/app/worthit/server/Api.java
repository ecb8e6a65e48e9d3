package app.worthit.server;

import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A thin HTTP client for tests: real requests, answers as status, headers and parsed JSON. */
public final class Api {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(String base) {
    this.base = base;
  }

  /** The server's address, e.g. {@code http://127.0.0.1:41234}. */
  public String base() {
    return base;
  }

  /** One answer: status, raw body, and the body parsed as JSON when there is one. */
  public record Answer(int status, String body, HttpResponse<String> raw) {
    public JsonValue json() {
      return body.isEmpty() ? JsonValue.Null.INSTANCE : JsonParser.parse(body);
    }

    public String str(String... path) {
      return json().path(path).asString();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Answer get(String path, String token, String... headers) {
    return send(request(path, token, headers).GET());
  }

  public Answer post(String path, String token, String body) {
    return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
  }

  public Answer postBytes(String path, String token, byte[] body) {
    return send(request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Answer head(String path, String token) {
    return send(request(path, token).method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  public Answer delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** A new account: its token, account id and device id. */
  public Device newAccount() {
    Answer a = post("/api/v1/accounts", null, "{\"name\":\"laptop\"}");
    if (a.status() != 201) {
      throw new IllegalStateException("account creation failed: " + a.status() + " " + a.body());
    }
    return new Device(a.str("accountId"), a.str("deviceId"), a.str("token"));
  }

  /** A second device on {@code owner}'s account, paired with a fresh code. */
  public Device pair(Device owner) {
    String code = post("/api/v1/pairing-codes", owner.token(), "").str("code");
    Answer a = post("/api/v1/devices", null, "{\"pairingCode\":\"" + code + "\",\"name\":\"phone\"}");
    if (a.status() != 201) {
      throw new IllegalStateException("pairing failed: " + a.status() + " " + a.body());
    }
    return new Device(a.str("accountId"), a.str("deviceId"), a.str("token"));
  }

  /** A device's credentials as the API returned them. */
  public record Device(String accountId, String deviceId, String token) {}

  private HttpRequest.Builder request(String path, String token, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private static Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
