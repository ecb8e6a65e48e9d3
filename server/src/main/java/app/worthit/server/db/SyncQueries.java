package app.worthit.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DAOs' hot-path statements (authentication, sync) run on reused prepared statements. The SQL
 * is the DAOs' own text with its named parameters turned into positional ones, so it lives once.
 * A sync's records, current ratings and aggregate moves go as one statement each (up to
 * {@link #ROWS_PER_STATEMENT} rows): measured here, a statement's round trip through the driver cost
 * more than the row it wrote.
 */
public final class SyncQueries {
  /** Most rows one multi-row statement carries; bounds the distinct statements a connection keeps. */
  static final int ROWS_PER_STATEMENT = 32;
  private static final Pattern NAMED = Pattern.compile(":([a-zA-Z]+)");

  private static final String SINCE = positional(RecordDao.SINCE);
  private static final String LIVE_RATINGS = positional(RecordDao.LIVE_RATINGS);
  private static final String RESERVE_SEQ = positional(AccountDao.RESERVE_SEQ_STATE);
  private static final String ACCOUNT_STATE = positional(AccountDao.STATE);
  private static final String MARK_COUNTED = positional(AccountDao.MARK_COUNTED);
  private static final String BY_TOKEN_HASH = positional(DeviceDao.BY_TOKEN_HASH);
  private static final String[] FIND_KEYS = texts(n -> positional(RecordDao.FIND_KEYS) + "(" + repeat("?", n) + ")");
  private static final String[] UPSERT = texts(n -> positional(RecordDao.UPSERT_INTO + repeat(RecordDao.UPSERT_ROW, n)
      + RecordDao.UPSERT_ON_CONFLICT) + " RETURNING kind, record_key");
  private static final String[] ADD = texts(n -> positional(AggregateDao.ADD_INTO + repeat(AggregateDao.ADD_ROW, n)
      + AggregateDao.ADD_ON_CONFLICT));
  private static final String[] ADD_COHORT = texts(n -> positional(CohortVoteDao.ADD_INTO + repeat(CohortVoteDao.ADD_ROW, n)
      + CohortVoteDao.ADD_ON_CONFLICT));

  private SyncQueries() {}

  static String positional(String sql) {
    Matcher m = NAMED.matcher(sql);
    return m.replaceAll("?");
  }

  private static String repeat(String row, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : ", ").append(row);
    }
    return out.toString();
  }

  /** The statement texts for 1 to {@link #ROWS_PER_STATEMENT} rows, at their row count. */
  private static String[] texts(IntFunction<String> forRows) {
    String[] out = new String[ROWS_PER_STATEMENT + 1];
    for (int n = 1; n <= ROWS_PER_STATEMENT; n++) {
      out[n] = forRows.apply(n);
    }
    return out;
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

  /** Reserves {@code count} sequence numbers, holding the account's row; empty when the account is gone. */
  public static Optional<AccountState> reserveSeq(Statements s, String accountId, int count) throws SQLException {
    PreparedStatement update = s.get(RESERVE_SEQ);
    update.setInt(1, count);
    update.setString(2, accountId);
    return state(update);
  }

  /** See {@link AccountDao#state}. */
  public static Optional<AccountState> accountState(Statements s, String accountId) throws SQLException {
    PreparedStatement query = s.get(ACCOUNT_STATE);
    query.setString(1, accountId);
    return state(query);
  }

  private static Optional<AccountState> state(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(new AccountState(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))) : Optional.empty();
    }
  }

  /** The account's votes count from {@code now} on (see {@link AccountDao#MARK_COUNTED}). */
  public static void markCounted(Statements s, String accountId, long now) throws SQLException {
    PreparedStatement ps = s.get(MARK_COUNTED);
    ps.setLong(1, now);
    ps.setString(2, accountId);
    ps.executeUpdate();
  }

  /** The stored records of one kind under the given keys, by key (see {@link RecordDao#find}). */
  public static Map<String, RecordRow> find(Statements s, String accountId, String kind, List<String> keys) throws SQLException {
    Map<String, RecordRow> out = new HashMap<>();
    for (int from = 0; from < keys.size(); from += ROWS_PER_STATEMENT) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + ROWS_PER_STATEMENT));
      PreparedStatement ps = s.get(FIND_KEYS[chunk.size()]);
      ps.setString(1, accountId);
      ps.setString(2, kind);
      for (int i = 0; i < chunk.size(); i++) {
        ps.setString(3 + i, chunk.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RecordRow row = row(rs);
          out.put(row.recordKey(), row);
        }
      }
    }
    return out;
  }

  /**
   * Writes each record unless the stored one has an equal or greater clock (see {@link RecordDao#upsert});
   * returns the records written, as {@link #written} names them. At most one row per record.
   */
  public static Set<String> upsert(Statements s, String accountId, List<RecordRow> rows) throws SQLException {
    Set<String> written = new HashSet<>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<RecordRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      PreparedStatement ps = s.get(UPSERT[chunk.size()]);
      int p = 0;
      for (RecordRow r : chunk) {
        ps.setString(++p, accountId);
        ps.setString(++p, r.kind());
        ps.setString(++p, r.recordKey());
        ps.setString(++p, r.value());
        ps.setString(++p, r.hlc());
        ps.setInt(++p, r.deleted());
        ps.setLong(++p, r.seq());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          written.add(written(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return written;
  }

  /** How {@link #upsert} names a written record. */
  public static String written(String kind, String recordKey) {
    return kind + '\u0000' + recordKey;
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

  /** See {@link RecordDao#liveRatings}. */
  public static List<RecordRow> liveRatings(Statements s, String accountId) throws SQLException {
    PreparedStatement ps = s.get(LIVE_RATINGS);
    ps.setString(1, accountId);
    List<RecordRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  /** Moves the counts of each key (see {@link AggregateDao#add}); at most one delta per key. */
  public static void addAggregates(Statements s, List<AggregateRow> deltas) throws SQLException {
    for (int from = 0; from < deltas.size(); from += ROWS_PER_STATEMENT) {
      List<AggregateRow> chunk = deltas.subList(from, Math.min(deltas.size(), from + ROWS_PER_STATEMENT));
      PreparedStatement ps = s.get(ADD[chunk.size()]);
      int p = 0;
      for (AggregateRow delta : chunk) {
        ps.setString(++p, delta.recordKey());
        ps.setString(++p, delta.keyPrefix());
        ps.setLong(++p, delta.worthIt());
        ps.setLong(++p, delta.notWorthIt());
      }
      ps.executeUpdate();
    }
  }

  /**
   * Moves one cohort's counts of each key (at most one delta per key) and returns each key's counts
   * after the move, as {@code {worthIt, notWorthIt}}: read under the row's lock, so concurrent moves
   * through other instances each see the counts their own move made.
   */
  public static Map<String, long[]> addCohortVotes(Statements s, String cohort, List<AggregateRow> deltas) throws SQLException {
    Map<String, long[]> after = new HashMap<>();
    for (int from = 0; from < deltas.size(); from += ROWS_PER_STATEMENT) {
      List<AggregateRow> chunk = deltas.subList(from, Math.min(deltas.size(), from + ROWS_PER_STATEMENT));
      PreparedStatement ps = s.get(ADD_COHORT[chunk.size()]);
      int p = 0;
      for (AggregateRow delta : chunk) {
        ps.setString(++p, delta.recordKey());
        ps.setString(++p, cohort);
        ps.setLong(++p, delta.worthIt());
        ps.setLong(++p, delta.notWorthIt());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          after.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    return after;
  }

  private static RecordRow row(ResultSet rs) throws SQLException {
    return new RecordRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6));
  }
}
