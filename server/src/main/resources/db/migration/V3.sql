-- V3: a pairing code belongs to the device that made it and dies with it (revoked, or its account
-- deleted). Codes made before this version have no device: they are dropped (they last 10 minutes).
DELETE FROM pairing_codes;

ALTER TABLE pairing_codes ADD COLUMN device_id TEXT REFERENCES devices(id) ON DELETE CASCADE;

CREATE INDEX pairing_codes_by_device ON pairing_codes(device_id);
