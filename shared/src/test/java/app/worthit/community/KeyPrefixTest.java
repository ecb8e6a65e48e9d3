package app.worthit.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeyPrefixTest {
  @Test
  void a_prefix_is_the_first_four_hex_characters_of_the_keys_sha256() {
    String key = "meetup:event:301234567";
    assertEquals(Sha256.hex(key).substring(0, 4), KeyPrefix.of(key));
    assertTrue(KeyPrefix.valid(KeyPrefix.of(key)));
  }

  @Test
  void the_prefixes_of_many_keys_are_distinct_and_sorted() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      keys.add("meetup:event:" + (300000000 + i));
      keys.add("meetup:event:" + (300000000 + i));
    }
    TreeSet<String> expected = new TreeSet<>();
    keys.forEach(k -> expected.add(KeyPrefix.of(k)));
    assertEquals(new ArrayList<>(expected), KeyPrefix.distinct(keys));
  }

  @Test
  void no_keys_make_no_request() {
    assertEquals(List.of(), KeyPrefix.distinct(List.of()));
  }

  @Test
  void only_four_lowercase_hex_characters_are_a_prefix() {
    assertFalse(KeyPrefix.valid("AB12"));
    assertFalse(KeyPrefix.valid("ab1"));
    assertFalse(KeyPrefix.valid("ab12c"));
    assertFalse(KeyPrefix.valid("zz12"));
    assertFalse(KeyPrefix.valid(null));
  }
}
