-- Foundation: local settings, the structure this installation serves, its users.

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- The structure (lieu) this installation serves: one row, set by the first-run assistant.
-- Fields and codes follow the national places standard (VOCABULARIES.md §1).
CREATE TABLE structure (
    SYNC_COLUMNS,
    nom TEXT NOT NULL,
    adresse TEXT NOT NULL,
    complement_adresse TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL,
    code_postal TEXT NOT NULL CHECK (length(code_postal) = 5),
    code_insee TEXT NOT NULL DEFAULT '',
    pivot TEXT NOT NULL DEFAULT '',
    typologie TEXT NOT NULL DEFAULT '',        -- codes joined by '|'
    services TEXT NOT NULL DEFAULT '',         -- codes joined by '|'
    telephone TEXT NOT NULL DEFAULT '',
    courriel TEXT NOT NULL DEFAULT '',
    site_web TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    accepte_pass_numerique INTEGER NOT NULL DEFAULT 0 CHECK (accepte_pass_numerique IN (0, 1)),
    itinerant INTEGER NOT NULL DEFAULT 0 CHECK (itinerant IN (0, 1)),
    horaires TEXT NOT NULL DEFAULT ''
);

-- People who use this installation (mediators, managers). Names are shown on documents.
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    role TEXT NOT NULL DEFAULT 'mediateur',
    created_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
