-- A version 1 Escale database as the first release wrote it (schema of 0001_foundation.sql),
-- with a structure and two users. Used by TestDatabase::upgradeFromCommittedVersion1Fixture.
CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE structure (id TEXT PRIMARY KEY NOT NULL, rev TEXT, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)), origin TEXT NOT NULL, nom TEXT NOT NULL, adresse TEXT NOT NULL, complement_adresse TEXT NOT NULL DEFAULT '', commune TEXT NOT NULL, code_postal TEXT NOT NULL CHECK (length(code_postal) = 5), code_insee TEXT NOT NULL DEFAULT '', pivot TEXT NOT NULL DEFAULT '', typologie TEXT NOT NULL DEFAULT '', services TEXT NOT NULL DEFAULT '', telephone TEXT NOT NULL DEFAULT '', courriel TEXT NOT NULL DEFAULT '', site_web TEXT NOT NULL DEFAULT '', latitude REAL, longitude REAL, accepte_pass_numerique INTEGER NOT NULL DEFAULT 0 CHECK (accepte_pass_numerique IN (0, 1)), itinerant INTEGER NOT NULL DEFAULT 0 CHECK (itinerant IN (0, 1)), horaires TEXT NOT NULL DEFAULT '');
CREATE TABLE users (id TEXT PRIMARY KEY NOT NULL, display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0), role TEXT NOT NULL DEFAULT 'mediateur', created_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);
INSERT INTO settings VALUES ('installation_id', '6f1c2a52-3b0e-4a43-9d5e-1f0d6b7c8a90');
INSERT INTO structure (id, updated_at, origin, nom, adresse, commune, code_postal, typologie, services, accepte_pass_numerique) VALUES ('0b5e8f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b', '2026-01-05T08:00:00.000Z', '6f1c2a52-3b0e-4a43-9d5e-1f0d6b7c8a90', 'Médiathèque de Sisteron', '1 rue de la Médiathèque', 'Sisteron', '04200', 'BIB|EPN', 'aide_demarches|outils_quotidien', 1);
INSERT INTO users VALUES ('2a0f4c1e-9d8b-4a7c-8e6f-5d4c3b2a1f0e', 'Camille D.', 'responsable', '2026-01-05T08:00:00.000Z', 1);
INSERT INTO users VALUES ('3b1e5d2f-0a9c-4b8d-9f7e-6e5d4c3b2a1f', 'Yanis B.', 'mediateur', '2026-02-01T08:00:00.000Z', 1);
PRAGMA application_id = 1163084609;
PRAGMA user_version = 1;
