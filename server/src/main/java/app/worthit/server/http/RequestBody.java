package app.worthit.server.http;

import app.worthit.json.JsonException;
import app.worthit.json.JsonParser;
import app.worthit.json.JsonValue;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body as JSON within the size limit, turning every failure into a problem. */
public final class RequestBody {
  /** Largest body accepted: 256 KB. */
  public static final int MAX_BYTES = 256 * 1024;
  /** Deepest nesting accepted: far more than any request here needs. */
  static final int MAX_DEPTH = 32;

  private RequestBody() {}

  /** The parsed body; 413 over the limit, 400 naming the problem for anything unparsable. */
  public static JsonValue json(Context ctx) {
    byte[] bytes = read(ctx);
    if (bytes.length == 0) {
      throw Problem.malformedJson("the request body is empty; a JSON object is expected");
    }
    return parse(bytes);
  }

  private static JsonValue parse(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw Problem.malformedJson("the body is not valid UTF-8");
    }
    try {
      return JsonParser.parse(text, MAX_DEPTH, MAX_BYTES);
    } catch (JsonException e) {
      throw Problem.malformedJson(e.getMessage());
    }
  }

  /** The body, or an empty object when the client sent none (for POSTs whose fields are all optional). */
  public static JsonValue.Obj optionalObject(Context ctx) {
    byte[] bytes = read(ctx);
    if (bytes.length == 0) {
      return new JsonValue.Obj(java.util.Map.of());
    }
    JsonValue v = parse(bytes);
    if (v.asObj() == null) {
      throw Problem.invalid("the body must be a JSON object");
    }
    return v.asObj();
  }

  private static byte[] read(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw Problem.tooLarge("the body has " + declared + " bytes, the limit is " + MAX_BYTES);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw Problem.tooLarge("the body is over the limit of " + MAX_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw Problem.malformedJson("the body could not be read: " + e.getMessage());
    }
  }
}
