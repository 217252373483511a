-- Sync (issue 8, docs/sync.md): the local side of CouchDB replication. None of these tables is synced
-- itself; they hold what the replicator needs to speak CouchDB's protocol offline for days.

-- One row per document known locally (a syncable row as `type:id`, or `cheque:<scheme>:<code>`).
-- local_seq orders the local change feed that push reads; it moves only on local edits.
CREATE TABLE sync_documents (
    db TEXT NOT NULL,                       -- 'territory' or 'structure'
    doc_id TEXT NOT NULL,
    local_seq INTEGER NOT NULL DEFAULT 0,
    winner TEXT NOT NULL DEFAULT '',        -- winning leaf (CouchDB's deterministic rule)
    conflicted INTEGER NOT NULL DEFAULT 0 CHECK (conflicted IN (0, 1)),
    PRIMARY KEY (db, doc_id)
);
CREATE INDEX sync_documents_seq ON sync_documents (db, local_seq);

-- The revision tree of every document: each revision `N-hash` with its parent; leaves flagged;
-- bodies kept for leaves (conflicting leaves included), NULL for ancestors known only by their id.
CREATE TABLE sync_revisions (
    db TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    rev TEXT NOT NULL,
    generation INTEGER NOT NULL CHECK (generation > 0),
    parent TEXT,
    leaf INTEGER NOT NULL DEFAULT 1 CHECK (leaf IN (0, 1)),
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    body TEXT,
    PRIMARY KEY (db, doc_id, rev)
);
CREATE INDEX sync_revisions_leaves ON sync_revisions (db, doc_id, leaf);

-- This side's `_local/<replication-id>` checkpoints, in CouchDB's format (JSON).
CREATE TABLE sync_local_docs (
    db TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (db, id)
);

-- Incidents found by sync for a coordinator (e.g. « double encaissement »: one cheque redeemed at two
-- places while offline). Both redemptions are described; resolution is recorded, never deleted.
CREATE TABLE sync_incidents (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,                      -- 'double-redemption'
    db TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    first_rev TEXT NOT NULL,
    first_redemption TEXT NOT NULL,
    first_place TEXT NOT NULL DEFAULT '',
    first_date TEXT NOT NULL DEFAULT '',
    first_mediator TEXT NOT NULL DEFAULT '',
    second_rev TEXT NOT NULL,
    second_redemption TEXT NOT NULL,
    second_place TEXT NOT NULL DEFAULT '',
    second_date TEXT NOT NULL DEFAULT '',
    second_mediator TEXT NOT NULL DEFAULT '',
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT NOT NULL DEFAULT '',
    UNIQUE (doc_id, first_redemption, second_redemption)
);
CREATE INDEX sync_incidents_open ON sync_incidents (resolved_at);
