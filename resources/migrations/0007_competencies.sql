-- Competencies (issue 5, docs/competencies.md): frameworks edited or received through sync, and the
-- diagnostics of the people accompanied.

-- Frameworks other than the three built in (copies adapted by a structure, or published by a network
-- coordinator): the whole validated JSON document. Content, so it syncs.
CREATE TABLE competency_frameworks (
    SYNC_COLUMNS,
    framework_id TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL,
    based_on TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL
);
CREATE INDEX competency_frameworks_framework ON competency_frameworks (framework_id);

-- A diagnostic of one person (or of an anonymous visitor: beneficiary_id = ''), on one date. Personal
-- data: local only (no sync columns). The person is referred to by id only (no foreign key: the
-- beneficiaries table belongs to the activity module and may be erased on request).
CREATE TABLE diagnostics (
    id TEXT PRIMARY KEY NOT NULL,
    beneficiary_id TEXT NOT NULL DEFAULT '',
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    date TEXT NOT NULL CHECK (length(date) = 10),            -- local date YYYY-MM-DD
    quick INTEGER NOT NULL DEFAULT 0 CHECK (quick IN (0, 1)),
    mediator TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    completed_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX diagnostics_date ON diagnostics (date);
CREATE INDEX diagnostics_beneficiary ON diagnostics (beneficiary_id, framework_id, date);

-- One row per answered item, written as soon as the mediator answers (each in its own transaction).
CREATE TABLE diagnostic_answers (
    diagnostic_id TEXT NOT NULL REFERENCES diagnostics (id) ON DELETE CASCADE,
    item_code TEXT NOT NULL,
    answer TEXT NOT NULL,
    inferred INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1)),
    answered_at TEXT NOT NULL,
    PRIMARY KEY (diagnostic_id, item_code)
);
