package app.worthit.server.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The pairing_codes table: hashed, expiring, single-use codes that add a device to an account. */
public interface PairingCodeDao {
  @SqlUpdate("INSERT INTO pairing_codes (code_hash, account_id, device_id, expires_at) VALUES (:codeHash, :accountId, :deviceId, :expiresAt)")
  void insert(String codeHash, String accountId, String deviceId, long expiresAt);

  /** The account of a live code whose device still exists, without consuming it. */
  @SqlQuery("SELECT p.account_id FROM pairing_codes p JOIN devices d ON d.id = p.device_id"
      + " WHERE p.code_hash = :codeHash AND p.expires_at > :now")
  Optional<String> owner(String codeHash, long now);

  /**
   * Consumes a live code whose device still exists, in one statement, so two redeemers cannot both
   * get it and a code cannot outlive its device even if the device went after {@link #owner}.
   */
  @SqlQuery("DELETE FROM pairing_codes WHERE code_hash = :codeHash AND expires_at > :now"
      + " AND EXISTS (SELECT 1 FROM devices d WHERE d.id = pairing_codes.device_id) RETURNING account_id")
  Optional<String> redeem(String codeHash, long now);

  /** Drops the unused codes a device made; the foreign key does too, this says so where it matters. */
  @SqlUpdate("DELETE FROM pairing_codes WHERE device_id = :deviceId")
  int dropOfDevice(String deviceId);

  /** Drops every unused code of an account. */
  @SqlUpdate("DELETE FROM pairing_codes WHERE account_id = :accountId")
  int dropOfAccount(String accountId);

  @SqlUpdate("DELETE FROM pairing_codes WHERE expires_at <= :now")
  int purgeExpired(long now);
}
