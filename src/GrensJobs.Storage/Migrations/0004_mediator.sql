-- 0004: the mediator area: accounts, shortlists of profile + vacancy pairs with outcomes, and anonymous placement facts.
-- A shortlist item names a profile, so it goes with the profile: purging a profile (DELETE FROM profiles) empties every
-- shortlist of it through ON DELETE CASCADE (foreign keys are on for every connection of the store). Profile writers
-- must therefore update a profile in place (INSERT … ON CONFLICT DO UPDATE), never INSERT OR REPLACE, which deletes.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,       -- lower case: a-z, 0-9, '.', '-', '_'
    role            TEXT    NOT NULL CHECK (role IN ('mediator', 'admin')),
    password_hash   TEXT    NOT NULL,              -- ASP.NET Core Identity's PasswordHasher (PBKDF2, salted)
    security_stamp  TEXT    NOT NULL,              -- changes on a reset or a disable: signs every session of the user out
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,    -- failed logins in a row
    locked_until    TEXT,                          -- UTC, ISO 8601; null: not locked
    created_at      TEXT    NOT NULL,              -- UTC, ISO 8601
    last_login_at   TEXT                           -- UTC, ISO 8601
);

CREATE TABLE shortlists (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,                   -- UTC, ISO 8601
    UNIQUE (user_id, name)
);

CREATE TABLE shortlist_items (
    id             INTEGER PRIMARY KEY,
    shortlist_id   INTEGER NOT NULL REFERENCES shortlists (id) ON DELETE CASCADE,
    profile_id     TEXT    NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    vacancy_source TEXT    NOT NULL,
    vacancy_id     TEXT    NOT NULL,
    note           TEXT,
    outcome        TEXT    CHECK (outcome IN ('invited', 'placed', 'rejected')),
    outcome_at     TEXT,                           -- UTC, ISO 8601
    added_at       TEXT    NOT NULL,               -- UTC, ISO 8601
    UNIQUE (shortlist_id, profile_id, vacancy_source, vacancy_id)
);
CREATE INDEX ix_shortlist_items_profile ON shortlist_items (profile_id);

-- One anonymous fact per item with an outcome: no profile id, only the corridor (home → work) and the ISCO group.
-- While its item exists the fact follows the item's outcome (a correction replaces it); when the item goes (deleted,
-- or its profile purged) the link becomes null and the fact stays, anonymous, for the placement counts.
CREATE TABLE placements (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER UNIQUE REFERENCES shortlist_items (id) ON DELETE SET NULL,
    at             TEXT    NOT NULL,               -- UTC, ISO 8601
    outcome        TEXT    NOT NULL CHECK (outcome IN ('invited', 'placed', 'rejected')),
    home_country   TEXT,                           -- ISO 3166-1 alpha-2
    home_euregios  TEXT    NOT NULL DEFAULT '',    -- canonical Euregio ids of the home place, space-separated (areas overlap)
    work_country   TEXT,
    work_euregios  TEXT    NOT NULL DEFAULT '',
    isco_group     TEXT                            -- ISCO-08 of the vacancy (1-4 digits)
);
CREATE INDEX ix_placements_at ON placements (at);
