package app.worthit.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DAOs' hot-path statements (authentication, sync) run on reused prepared statements. The SQL
 * is the DAOs' own text with its named parameters turned into positional ones, so it lives once.
 */
public final class SyncQueries {
  private static final Pattern NAMED = Pattern.compile(":([a-zA-Z]+)");

  private static final String FIND = positional(RecordDao.FIND);
  private static final String UPSERT = positional(RecordDao.UPSERT);
  private static final String SINCE = positional(RecordDao.SINCE);
  private static final String RESERVE_SEQ = positional(AccountDao.RESERVE_SEQ);
  private static final String BY_TOKEN_HASH = positional(DeviceDao.BY_TOKEN_HASH);
  private static final String ADD = positional(AggregateDao.ADD);

  private SyncQueries() {}

  static String positional(String sql) {
    Matcher m = NAMED.matcher(sql);
    return m.replaceAll("?");
  }

  /** See {@link DeviceDao#findByTokenHash}. */
  public static Optional<DeviceRow> deviceByTokenHash(Statements s, String tokenHash) throws SQLException {
    PreparedStatement ps = s.get(BY_TOKEN_HASH);
    ps.setString(1, tokenHash);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(new DeviceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
          : Optional.empty();
    }
  }

  /** Reserves {@code count} sequence numbers and returns the last one, or -1 when the account is gone. */
  public static long reserveSeq(Statements s, String accountId, int count) throws SQLException {
    PreparedStatement update = s.get(RESERVE_SEQ);
    update.setInt(1, count);
    update.setString(2, accountId);
    try (ResultSet rs = update.executeQuery()) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }

  /** See {@link RecordDao#find}. */
  public static Optional<RecordRow> find(Statements s, String accountId, String kind, String key) throws SQLException {
    PreparedStatement ps = s.get(FIND);
    ps.setString(1, accountId);
    ps.setString(2, kind);
    ps.setString(3, key);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(row(rs)) : Optional.empty();
    }
  }

  /** See {@link RecordDao#upsert}: true when written, false when the stored clock is not older. */
  public static boolean upsert(Statements s, String accountId, RecordRow r) throws SQLException {
    PreparedStatement ps = s.get(UPSERT);
    ps.setString(1, accountId);
    ps.setString(2, r.kind());
    ps.setString(3, r.recordKey());
    ps.setString(4, r.value());
    ps.setString(5, r.hlc());
    ps.setInt(6, r.deleted());
    ps.setLong(7, r.seq());
    return ps.executeUpdate() > 0;
  }

  /** See {@link RecordDao#since}. */
  public static List<RecordRow> since(Statements s, String accountId, long afterSeq, int limit) throws SQLException {
    PreparedStatement ps = s.get(SINCE);
    ps.setString(1, accountId);
    ps.setLong(2, afterSeq);
    ps.setInt(3, limit);
    List<RecordRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  /** See {@link AggregateDao#add}. */
  public static void addAggregate(Statements s, AggregateRow delta) throws SQLException {
    PreparedStatement ps = s.get(ADD);
    ps.setString(1, delta.recordKey());
    ps.setString(2, delta.keyPrefix());
    ps.setLong(3, delta.worthIt());
    ps.setLong(4, delta.notWorthIt());
    ps.executeUpdate();
  }

  private static RecordRow row(ResultSet rs) throws SQLException {
    return new RecordRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6));
  }
}
