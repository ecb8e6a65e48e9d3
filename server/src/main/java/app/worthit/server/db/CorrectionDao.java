package app.worthit.server.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The corrections table: suggestions, organisers' corrections and what review made of them. */
@RegisterConstructorMapper(CorrectionRow.class)
public interface CorrectionDao {
  String COLUMNS = "id, author, subject_key, key_prefix, group_key, rules, fields, explanation, status, accepted_by,"
      + " in_review, created_at, applied_at, updated_at";

  @SqlUpdate("INSERT INTO corrections (" + COLUMNS + ") VALUES (:id, :author, :subjectKey, :keyPrefix, :groupKey,"
      + " :rules, :fields, :explanation, :status, :acceptedBy, :inReview, :createdAt, :appliedAt, :updatedAt)")
  void insert(@BindMethods CorrectionRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM corrections WHERE id = :id")
  Optional<CorrectionRow> find(String id);

  @SqlUpdate("UPDATE corrections SET status = :status, accepted_by = :acceptedBy, in_review = :inReview,"
      + " applied_at = :appliedAt, updated_at = :updatedAt WHERE id = :id")
  void update(@BindMethods CorrectionRow row);

  /** Every applied correction in the order applied: what clients' verdicts follow. */
  @SqlQuery("SELECT " + COLUMNS + " FROM corrections WHERE status = 'applied' ORDER BY applied_at, id")
  List<CorrectionRow> applied();

  /** The newest corrections of a status, newest first. */
  @SqlQuery("SELECT " + COLUMNS + " FROM corrections WHERE status = :status ORDER BY updated_at DESC, id LIMIT :limit")
  List<CorrectionRow> byStatus(String status, int limit);

  /** Corrections awaiting review: suggestions, organisers' corrections and disputed ones. */
  @SqlQuery("SELECT " + COLUMNS + " FROM corrections WHERE in_review = 1 ORDER BY created_at, id")
  List<CorrectionRow> inQueue();
}
