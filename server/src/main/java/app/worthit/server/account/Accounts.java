package app.worthit.server.account;

import app.worthit.server.auth.KnownTokens;
import app.worthit.server.auth.Principal;
import app.worthit.server.auth.Secrets;
import app.worthit.server.community.Cohort;
import app.worthit.server.community.VoteCounter;
import app.worthit.server.community.VoteDelta;
import app.worthit.server.db.AccountDao;
import app.worthit.server.db.AccountState;
import app.worthit.server.db.AggregateRow;
import app.worthit.server.db.Database;
import app.worthit.server.db.DeviceDao;
import app.worthit.server.db.DeviceRow;
import app.worthit.server.db.PairingCodeDao;
import app.worthit.server.db.RecordDao;
import app.worthit.server.db.RecordRow;
import app.worthit.server.db.WriteTx;
import app.worthit.server.http.Problem;
import app.worthit.json.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;


/** Anonymous accounts and their devices: creation, pairing, listing, revocation, deletion. */
public final class Accounts {
  /** How long a pairing code works: 10 minutes. */
  public static final long PAIRING_TTL_MILLIS = 10 * 60 * 1000L;

  private final Database db;
  private final VoteCounter votes;
  private final KnownTokens tokens;
  private final LongSupplier clock;

  public Accounts(Database db, VoteCounter votes, KnownTokens tokens, LongSupplier clock) {
    this.db = db;
    this.votes = votes;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A new account with its first device, in the cohort of the client address it came from. */
  public NewDevice create(String deviceName, String address) {
    String accountId = Secrets.newId();
    long now = clock.getAsLong();
    String cohort = Cohort.of(address, now);
    return db.writer().submit(tx -> {
      tx.dao(AccountDao.class).insert(accountId, now, cohort);
      return addDevice(tx, accountId, deviceName, now);
    });
  }

  /** A fresh single-use code that adds a device to the caller's account for the next 10 minutes. */
  public PairingCode newPairingCode(Principal who) {
    String code = Secrets.newPairingCode();
    long now = clock.getAsLong();
    long expiresAt = now + PAIRING_TTL_MILLIS;
    db.writer().submit(tx -> {
      PairingCodeDao codes = tx.dao(PairingCodeDao.class);
      codes.purgeExpired(now);
      codes.insert(Secrets.sha256(Secrets.normalizeCode(code)), who.accountId(), who.deviceId(), expiresAt);
      return null;
    });
    return new PairingCode(code, expiresAt);
  }

  /** Redeems a pairing code for a new device, or empty when the code is wrong, used or expired. */
  public Optional<NewDevice> pair(String typedCode, String deviceName) {
    String hash = Secrets.sha256(Secrets.normalizeCode(typedCode));
    long now = clock.getAsLong();
    return db.writer().submit(tx -> {
      PairingCodeDao codes = tx.dao(PairingCodeDao.class);
      Optional<String> owner = codes.owner(hash, now);
      // The account's row is locked before the code's, the order a deletion takes them in: taken
      // the other way round, a pairing and a deletion of the same account deadlocked on PostgreSQL.
      if (owner.isEmpty() || tx.dao(AccountDao.class).reserveSeq(owner.get(), 0).isEmpty()) {
        return Optional.empty();
      }
      return codes.redeem(hash, now).map(accountId -> addDevice(tx, accountId, deviceName, now));
    });
  }

  /** The devices of the caller's account. */
  public List<DeviceRow> devices(Principal who) {
    return db.reads().withExtension(DeviceDao.class, dao -> dao.listByAccount(who.accountId()));
  }

  /** Revokes a device of the caller's account; another account's device is a 404, like a missing one. */
  public void revoke(Principal who, String deviceId) {
    int deleted = db.writer().submit(tx -> {
      // The account's row first, the order a pairing takes; the device's unused codes go with it.
      tx.dao(AccountDao.class).reserveSeq(who.accountId(), 0);
      int gone = tx.dao(DeviceDao.class).delete(deviceId, who.accountId());
      if (gone > 0) {
        tx.dao(PairingCodeDao.class).dropOfDevice(deviceId);
      }
      return gone;
    });
    tokens.revoked();
    if (deleted == 0) {
      throw Problem.notFound("no device " + deviceId + " on this account");
    }
  }

  /** Deletes the account and everything of it: devices, records, codes, and its counted community votes. */
  public void delete(Principal who) {
    db.writer().submit(tx -> {
      AccountDao accounts = tx.dao(AccountDao.class);
      // Takes the account's row lock first, as a sync does, so no rating lands between the read and the delete.
      if (accounts.reserveSeq(who.accountId(), 0).isEmpty()) {
        throw Problem.unauthorized("the account was already deleted");
      }
      AccountState account = accounts.state(who.accountId()).orElseThrow();
      tx.dao(PairingCodeDao.class).dropOfAccount(who.accountId());
      if (account.counted()) {
        List<AggregateRow> moves = new ArrayList<>();
        for (RecordRow rating : tx.dao(RecordDao.class).liveRatings(who.accountId())) {
          String vote = JsonParser.parse(rating.value()).path("vote").asString();
          VoteDelta delta = VoteDelta.between(rating.recordKey(), vote, null);
          moves.add(new AggregateRow(rating.recordKey(), VoteDelta.prefixOf(rating.recordKey()), delta.worthIt(), delta.notWorthIt()));
        }
        tx.sql(s -> {
          votes.move(tx, s, account.cohort(), moves);
          return null;
        });
      }
      accounts.delete(who.accountId());
      return null;
    });
    tokens.revoked();
  }

  private static NewDevice addDevice(WriteTx tx, String accountId, String name, long now) {
    String deviceId = Secrets.newId();
    String token = Secrets.newToken();
    tx.dao(DeviceDao.class).insert(deviceId, accountId, name, Secrets.sha256(token), now);
    return new NewDevice(accountId, deviceId, token);
  }
}
