-- V1: accounts, their devices and pairing codes, synced records, community aggregates.
-- Portable SQL (SQLite and PostgreSQL): BIGINT epoch millis, INTEGER 0/1 flags, TEXT ids.
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  last_seq BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);

CREATE INDEX devices_by_account ON devices(account_id);

CREATE TABLE pairing_codes (
  code_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  expires_at BIGINT NOT NULL
);

CREATE INDEX pairing_codes_by_account ON pairing_codes(account_id);

CREATE TABLE records (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  record_key TEXT NOT NULL,
  value TEXT,
  hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (account_id, kind, record_key)
);

CREATE INDEX records_by_account_seq ON records(account_id, seq);

CREATE TABLE community_aggregates (
  record_key TEXT PRIMARY KEY,
  key_prefix TEXT NOT NULL,
  worth_it BIGINT NOT NULL,
  not_worth_it BIGINT NOT NULL
);

CREATE INDEX community_aggregates_by_prefix ON community_aggregates(key_prefix);
