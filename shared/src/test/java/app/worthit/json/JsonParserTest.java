package app.worthit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonParserTest {
  @Test
  void parses_and_writes_back_every_kind_of_value() {
    String text = "{\"s\":\"a\\\"b\\u00e9\\n\",\"n\":[0,-1,2.5,1e3],\"t\":true,\"f\":false,\"z\":null,\"o\":{}}";
    JsonValue v = JsonParser.parse(text);
    assertEquals("a\"b\u00e9\n", v.path("s").asString());
    assertEquals(2.5, ((JsonValue.Num) v.path("n").asArr().items().get(2)).doubleValue());
    assertEquals(text.replace("\\u00e9", "\u00e9"), JsonWriter.write(v));
  }

  @Test
  void keeps_member_order() {
    assertEquals("{\"b\":1,\"a\":2,\"c\":3}", JsonWriter.write(JsonParser.parse("{\"b\":1,\"a\":2,\"c\":3}")));
  }

  @Test
  void refuses_deep_nesting_without_overflowing_the_stack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    JsonException e = assertThrows(JsonException.class, () -> JsonParser.parse(deep));
    assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
  }

  @Test
  void refuses_text_over_the_size_limit() {
    assertThrows(JsonException.class, () -> JsonParser.parse("\"" + "x".repeat(100) + "\"", 10, 50));
  }

  @Test
  void reports_where_malformed_input_breaks() {
    for (String bad : new String[] {"", "{", "{\"a\"}", "[1,]", "01", "\"\\x\"", "tru", "{} x", "\"a\nb\""}) {
      JsonException e = assertThrows(JsonException.class, () -> JsonParser.parse(bad), bad);
      assertTrue(e.getMessage().contains("offset") || e.getMessage().contains("no JSON"), e.getMessage());
    }
  }

  @Test
  void escapes_html_sensitive_characters_when_writing() {
    assertEquals("\"\\u003cscript\\u003e\"", JsonWriter.write(new JsonValue.Str("<script>")));
  }

  @Test
  void refuses_unpaired_surrogates_escaped_or_raw() {
    String[] bad = {"\"k\\ud800\"", "\"k\\udc00\"", "\"\\ud800\\ud800\"", "\"\\udc00\\ud800\"", "{\"k\\ud800\":1}",
        "[\"a\", \"\\ud83d\"]", "\"k" + '\ud800' + "\"", "\"" + '\udc00' + "x\""};
    for (String text : bad) {
      JsonException e = assertThrows(JsonException.class, () -> JsonParser.parse(text), text);
      assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    }
  }

  @Test
  void keeps_surrogate_pairs_escaped_raw_or_mixed() {
    String face = "\ud83d\ude00";
    assertEquals("k" + face, JsonParser.parse("\"k\\ud83d\\ude00\"").asString());
    assertEquals("k" + face, JsonParser.parse("\"k" + face + "\"").asString());
    assertEquals(face + "!", JsonParser.parse("\"\\ud83d" + '\ude00' + "!\"").asString());
  }
}
