package app.worthit.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KnownTokensTest {
  final AtomicLong nanos = new AtomicLong(1_000);
  final Principal who = new Principal("account", "device");

  @Test
  void remembers_a_looked_up_token() {
    KnownTokens known = new KnownTokens(true, nanos::get);
    known.remember("hash", who, known.generation());
    assertEquals(who, known.recall("hash"));
  }

  @Test
  void forgets_every_token_on_a_revocation() {
    KnownTokens known = new KnownTokens(true, nanos::get);
    known.remember("hash", who, known.generation());
    known.revoked();
    assertNull(known.recall("hash"));
  }

  @Test
  void a_lookup_begun_before_a_revocation_is_not_trusted_after_it() {
    KnownTokens known = new KnownTokens(true, nanos::get);
    long before = known.generation();
    known.revoked();
    known.remember("hash", who, before);
    assertNull(known.recall("hash"));
  }

  @Test
  void looks_a_token_up_again_once_it_is_old() {
    KnownTokens known = new KnownTokens(true, nanos::get);
    known.remember("hash", who, known.generation());
    nanos.addAndGet(KnownTokens.MAX_AGE_NANOS + 1);
    assertNull(known.recall("hash"));
  }

  @Test
  void a_disabled_one_remembers_nothing() {
    KnownTokens known = new KnownTokens(false, nanos::get);
    known.remember("hash", who, known.generation());
    assertNull(known.recall("hash"));
  }
}
