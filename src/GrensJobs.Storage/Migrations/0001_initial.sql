-- 0001: vacancies with lifecycle and change sequence, their Euregios, sources and crawl runs.

-- One row: the last change sequence handed out. Every insert or real change of a vacancy takes the next value.
CREATE TABLE change_sequence (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO change_sequence (id, value) VALUES (1, 0);

CREATE TABLE vacancies (
    row_id        INTEGER PRIMARY KEY,          -- alias of rowid, referenced by vacancy_euregios
    source        TEXT    NOT NULL,
    id            TEXT    NOT NULL,
    seq           INTEGER NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('open', 'expired')),
    first_seen    TEXT    NOT NULL,             -- UTC, ISO 8601 (sorts as text)
    last_seen     TEXT    NOT NULL,
    closed_at     TEXT,
    cluster       TEXT,
    title         TEXT    NOT NULL,
    employer      TEXT,
    language      TEXT,
    country       TEXT,
    nuts3         TEXT,
    isco          TEXT,
    esco          TEXT,
    posted        TEXT,                         -- yyyy-MM-dd
    valid_through TEXT,                         -- yyyy-MM-dd
    content_hash  TEXT    NOT NULL,             -- SHA-256 (hex) of json
    json          TEXT    NOT NULL,             -- the full normalised vacancy
    UNIQUE (source, id)
);
CREATE UNIQUE INDEX ix_vacancies_seq ON vacancies (seq);
CREATE INDEX ix_vacancies_status ON vacancies (status, valid_through);
CREATE INDEX ix_vacancies_source_status ON vacancies (source, status);
CREATE INDEX ix_vacancies_country ON vacancies (country);
CREATE INDEX ix_vacancies_nuts3 ON vacancies (nuts3);
CREATE INDEX ix_vacancies_isco ON vacancies (isco);
CREATE INDEX ix_vacancies_posted ON vacancies (posted);
CREATE INDEX ix_vacancies_cluster ON vacancies (cluster) WHERE cluster IS NOT NULL;

-- A place can lie in several overlapping Euregios: one row per (vacancy, Euregio), indexed by Euregio.
CREATE TABLE vacancy_euregios (
    euregio       TEXT    NOT NULL,
    vacancy_rowid INTEGER NOT NULL REFERENCES vacancies (row_id) ON DELETE CASCADE,
    PRIMARY KEY (euregio, vacancy_rowid)
) WITHOUT ROWID;
CREATE INDEX ix_vacancy_euregios_vacancy ON vacancy_euregios (vacancy_rowid);

CREATE TABLE sources (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    definition TEXT NOT NULL,                   -- the source definition as JSON
    health     TEXT NOT NULL DEFAULT 'unknown', -- unknown, healthy, unhealthy
    health_reason TEXT,
    last_run   INTEGER REFERENCES crawl_runs (id),
    last_good_run INTEGER REFERENCES crawl_runs (id),
    updated_at TEXT NOT NULL
);

CREATE TABLE crawl_runs (
    id        INTEGER PRIMARY KEY,
    source    TEXT    NOT NULL,
    started   TEXT    NOT NULL,
    ended     TEXT,
    status    TEXT    NOT NULL CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'implausible')),
    pages     INTEGER NOT NULL DEFAULT 0,
    new       INTEGER NOT NULL DEFAULT 0,
    updated   INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    expired   INTEGER NOT NULL DEFAULT 0,
    error     TEXT
);
CREATE INDEX ix_crawl_runs_source ON crawl_runs (source, started);
