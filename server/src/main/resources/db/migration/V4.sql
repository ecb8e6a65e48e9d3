-- V4: votes that count. An account's ratings count in the public aggregates once it is old enough
-- and has synced since (counted_at: when that happened; null: not yet). cohort tags the accounts
-- created from one client address on one UTC day (a hash, not the address); cohort_votes holds
-- each cohort's votes per key, of which the public aggregate takes at most a set number.
-- Accounts from before this version were counted already and belong to no cohort.
ALTER TABLE accounts ADD COLUMN cohort TEXT;

ALTER TABLE accounts ADD COLUMN counted_at BIGINT;

UPDATE accounts SET counted_at = created_at;

CREATE TABLE cohort_votes (
  record_key TEXT NOT NULL,
  cohort TEXT NOT NULL,
  worth_it BIGINT NOT NULL,
  not_worth_it BIGINT NOT NULL,
  PRIMARY KEY (record_key, cohort)
);
