package app.worthit.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.worthit.json.JsonException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HlcTest {
  @Test
  void writes_thirteen_digits_four_hex_and_the_device() {
    assertEquals("0000000000042:00ff:dev-1", new Hlc(42, 255, "dev-1").toString());
    assertEquals("1700000000000:0000:a", new Hlc(1_700_000_000_000L, 0, "a").toString());
  }

  @Test
  void parses_what_it_writes() {
    Hlc h = new Hlc(1_712_345_678_901L, 0xabc, "Device_9");
    assertEquals(h, Hlc.parse(h.toString()));
  }

  @Test
  void rejects_malformed_stamps() {
    for (String bad : new String[] {"", "1700000000000:0000", "170000000000:0000:a", "1700000000000:00G0:a",
        "1700000000000:00A0:a", "1700000000000:0000:", "1700000000000:0000:a:b", "x700000000000:0000:a"}) {
      assertThrows(JsonException.class, () -> Hlc.parse(bad), bad);
    }
  }

  @Test
  void string_order_is_clock_order() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      Hlc a = new Hlc(random.nextInt(3) * 1000L + 999, random.nextInt(0x10000), "d" + random.nextInt(3));
      Hlc b = new Hlc(random.nextInt(3) * 1000L + 999, random.nextInt(0x10000), "d" + random.nextInt(3));
      int byFields = a.wallMillis() != b.wallMillis() ? Long.compare(a.wallMillis(), b.wallMillis())
          : a.counter() != b.counter() ? Integer.compare(a.counter(), b.counter()) : a.deviceId().compareTo(b.deviceId());
      assertEquals(Integer.signum(byFields), Integer.signum(a.toString().compareTo(b.toString())));
    }
  }

  @Test
  void send_never_goes_backwards_even_when_the_wall_clock_does() {
    Hlc last = Hlc.send(null, 5000, "a");
    long[] walls = {4000, 5000, 5000, 6000, 1000};
    for (long now : walls) {
      Hlc next = Hlc.send(last, now, "a");
      assertTrue(next.compareTo(last) > 0, next + " after " + last);
      last = next;
    }
  }

  @Test
  void receive_moves_past_a_clock_from_the_future() {
    Hlc local = Hlc.send(null, 1000, "a");
    Hlc remote = new Hlc(9000, 3, "b");
    Hlc after = Hlc.receive(local, remote, 1001, "a");
    assertEquals(new Hlc(9000, 4, "a"), after);
    assertTrue(Hlc.send(after, 1002, "a").compareTo(remote) > 0);
  }

  @Test
  void a_full_counter_carries_into_the_wall_time() {
    assertEquals(new Hlc(11, 0, "a"), Hlc.send(new Hlc(10, 0xffff, "a"), 5, "a"));
  }
}
