package app.worthit.server.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The community_aggregates table: one row per rated event key, kept in step with the ratings. */
@RegisterConstructorMapper(AggregateRow.class)
public interface AggregateDao {
  /** Shared with {@link SyncQueries}. */
  String ADD_INTO = "INSERT INTO community_aggregates (record_key, key_prefix, worth_it, not_worth_it) VALUES ";
  /** One row of {@link #ADD}; {@link SyncQueries} repeats it to move many keys in one statement. */
  String ADD_ROW = "(:recordKey, :keyPrefix, :worthIt, :notWorthIt)";
  String ADD_ON_CONFLICT = " ON CONFLICT (record_key) DO UPDATE SET worth_it = community_aggregates.worth_it + excluded.worth_it,"
      + " not_worth_it = community_aggregates.not_worth_it + excluded.not_worth_it";
  String ADD = ADD_INTO + ADD_ROW + ADD_ON_CONFLICT;

  @SqlUpdate(ADD)
  void add(String recordKey, String keyPrefix, long worthIt, long notWorthIt);

  @SqlQuery("SELECT record_key, key_prefix, worth_it, not_worth_it FROM community_aggregates"
      + " WHERE worth_it > 0 OR not_worth_it > 0")
  List<AggregateRow> all();

  /** The aggregates with votes under the given key-hash prefixes, in no particular order. */
  @SqlQuery("SELECT record_key, key_prefix, worth_it, not_worth_it FROM community_aggregates"
      + " WHERE key_prefix IN (<prefixes>) AND (worth_it > 0 OR not_worth_it > 0)")
  List<AggregateRow> underPrefixes(@BindList("prefixes") List<String> prefixes);
}
