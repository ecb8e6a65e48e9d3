package app.worthit.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
  @Test
  void matches_the_fips_test_vectors() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    assertEquals("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
        Sha256.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"));
    assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Sha256.hex("a".repeat(1_000_000)));
  }

  @Test
  void agrees_with_the_jdk_on_every_length_around_block_edges_and_on_non_ascii_text() throws Exception {
    MessageDigest jdk = MessageDigest.getInstance("SHA-256");
    Random random = new Random(6);
    StringBuilder text = new StringBuilder();
    for (int length = 0; length < 200; length++) {
      assertEquals(HexFormat.of().formatHex(jdk.digest(text.toString().getBytes(StandardCharsets.UTF_8))),
          Sha256.hex(text.toString()), "length " + length);
      text.append((char) ('a' + random.nextInt(26)));
    }
    for (String s : new String[] {"meetup:event:301234567", "café", "日本語のイベント", "emoji \uD83C\uDF89 party", "lone \uD800 surrogate"}) {
      assertEquals(HexFormat.of().formatHex(jdk.digest(s.getBytes(StandardCharsets.UTF_8))), Sha256.hex(s), s);
    }
  }
}
