-- 0003: jobseeker profiles (personal data) and the audit log of every access to them.
-- A profile is kept as its canonical JSON (no names or contact details: they are never imported) together with what
-- the matcher resolved from it (linked occupations, home coordinates); changes take a sequence of their own so the
-- private profile index can follow them, and a purge leaves a tombstone (the id and sequence only) for the same reason.

CREATE TABLE profile_sequence (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO profile_sequence (id, value) VALUES (1, 0);

CREATE TABLE profiles (
    id           TEXT    PRIMARY KEY,
    seq          INTEGER NOT NULL,
    format       TEXT    NOT NULL,             -- grensjobs, uwv, ba, vdab
    imported_at  TEXT    NOT NULL,             -- UTC, ISO 8601: first import
    updated_at   TEXT    NOT NULL,             -- UTC, ISO 8601: last import that changed it (retention counts from here)
    content_hash TEXT    NOT NULL,             -- SHA-256 (hex) of json
    json         TEXT    NOT NULL              -- the normalised profile (canonical profile + what was resolved)
);
CREATE UNIQUE INDEX ix_profiles_seq ON profiles (seq);
CREATE INDEX ix_profiles_updated ON profiles (updated_at);

-- Purged profiles, so followers of the sequence drop them too. Only the id: the data is gone.
CREATE TABLE profile_tombstones (
    seq INTEGER PRIMARY KEY,
    id  TEXT    NOT NULL
);

-- Who read or changed which profile, when, and why where the caller said. Never the profile's data.
CREATE TABLE audit_log (
    entry_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT    NOT NULL,               -- UTC, ISO 8601
    actor      TEXT    NOT NULL,               -- "cli:<os user>" or the mediator's user name
    action     TEXT    NOT NULL,               -- e.g. profile.read, profile.import, profile.export, profile.purge, match.profile
    profile_id TEXT,                           -- null when the action concerns many (e.g. a retention purge: see detail)
    reason     TEXT,                           -- the caller's why, when given
    detail     TEXT                            -- counts and parameters, never personal data
);
CREATE INDEX ix_audit_log_profile ON audit_log (profile_id);
CREATE INDEX ix_audit_log_at ON audit_log (at);

-- `match --vacancy ID` finds a vacancy by its id alone (the source is asked only when two sources share the id).
CREATE INDEX ix_vacancies_id ON vacancies (id);
