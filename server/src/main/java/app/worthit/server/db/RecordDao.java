package app.worthit.server.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The records table: the merged state of each account's records, numbered by change sequence. */
@RegisterConstructorMapper(RecordRow.class)
public interface RecordDao {
  /** Shared with {@link SyncQueries}, which runs the same SQL on reused prepared statements. */
  String FIND = "SELECT kind, record_key, value, hlc, deleted, seq FROM records"
      + " WHERE account_id = :accountId AND kind = :kind AND record_key = :recordKey";
  String UPSERT_INTO = "INSERT INTO records (account_id, kind, record_key, value, hlc, deleted, seq) VALUES ";
  /** One row of {@link #UPSERT}; {@link SyncQueries} repeats it to write many records in one statement. */
  String UPSERT_ROW = "(:accountId, :kind, :recordKey, :value, :hlc, :deleted, :seq)";
  String UPSERT_ON_CONFLICT = " ON CONFLICT (account_id, kind, record_key) DO UPDATE SET"
      + " value = excluded.value, hlc = excluded.hlc, deleted = excluded.deleted, seq = excluded.seq"
      + " WHERE excluded.hlc > records.hlc";
  String UPSERT = UPSERT_INTO + UPSERT_ROW + UPSERT_ON_CONFLICT;
  /** {@link #FIND} for many keys of one kind at once: followed by {@code (?, ?, ...)}. */
  String FIND_KEYS = "SELECT kind, record_key, value, hlc, deleted, seq FROM records"
      + " WHERE account_id = :accountId AND kind = :kind AND record_key IN ";
  String SINCE = "SELECT kind, record_key, value, hlc, deleted, seq FROM records"
      + " WHERE account_id = :accountId AND seq > :afterSeq ORDER BY seq LIMIT :limit";

  @SqlQuery(FIND)
  Optional<RecordRow> find(String accountId, String kind, String recordKey);

  /** Writes the record unless the stored one has an equal or greater clock; 1 when written, else 0. */
  @SqlUpdate(UPSERT)
  int upsert(String accountId, String kind, String recordKey, String value, String hlc, int deleted, long seq);

  /** Records changed after {@code afterSeq}, oldest change first. */
  @SqlQuery(SINCE)
  List<RecordRow> since(String accountId, long afterSeq, int limit);

  /** Shared with {@link SyncQueries}. */
  String LIVE_RATINGS = "SELECT kind, record_key, value, hlc, deleted, seq FROM records"
      + " WHERE account_id = :accountId AND kind = 'rating' AND deleted = 0 ORDER BY record_key";

  /** The account's live ratings, to put them into the community aggregates or take them out. */
  @SqlQuery(LIVE_RATINGS)
  List<RecordRow> liveRatings(String accountId);
}
