-- V2: moderation: group claims, corrections, disputes, the audit log and admin tokens.
-- Portable SQL (SQLite and PostgreSQL). Authors are kept as pseudonymous account ids without a
-- foreign key, so the audit trail outlives a deleted account; a claim dies with its account.
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  group_key TEXT NOT NULL,
  phrase TEXT NOT NULL,
  status TEXT NOT NULL,
  reviewed INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE INDEX claims_by_account ON claims(account_id, status);

CREATE INDEX claims_by_status ON claims(status, reviewed);

CREATE TABLE corrections (
  id TEXT PRIMARY KEY,
  author TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  key_prefix TEXT NOT NULL,
  group_key TEXT,
  rules TEXT NOT NULL,
  fields TEXT NOT NULL,
  explanation TEXT NOT NULL,
  status TEXT NOT NULL,
  accepted_by TEXT,
  in_review INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  applied_at BIGINT,
  updated_at BIGINT NOT NULL
);

CREATE INDEX corrections_by_status ON corrections(status);

CREATE INDEX corrections_in_review ON corrections(in_review);

CREATE TABLE disputes (
  id TEXT PRIMARY KEY,
  correction_id TEXT NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE INDEX disputes_by_correction ON disputes(correction_id, status);

CREATE INDEX disputes_by_status ON disputes(status);

CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  detail TEXT NOT NULL,
  reason TEXT
);

CREATE TABLE admin_tokens (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
