package app.worthit.server.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The pairing_codes table: hashed, expiring, single-use codes that add a device to an account. */
public interface PairingCodeDao {
  @SqlUpdate("INSERT INTO pairing_codes (code_hash, account_id, expires_at) VALUES (:codeHash, :accountId, :expiresAt)")
  void insert(String codeHash, String accountId, long expiresAt);

  /** The account of a live code, without consuming it. */
  @SqlQuery("SELECT account_id FROM pairing_codes WHERE code_hash = :codeHash AND expires_at > :now")
  Optional<String> owner(String codeHash, long now);

  /** Consumes a live code in one statement, so two redeemers cannot both get it. */
  @SqlQuery("DELETE FROM pairing_codes WHERE code_hash = :codeHash AND expires_at > :now RETURNING account_id")
  Optional<String> redeem(String codeHash, long now);

  @SqlUpdate("DELETE FROM pairing_codes WHERE expires_at <= :now")
  int purgeExpired(long now);
}
