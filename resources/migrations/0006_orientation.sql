-- Orientation (core/orientation, docs/orientation.md): the versions of the orientation trees this
-- installation knows, and the orientations carried out at the desk.

-- Every version of every tree received (sync), copied or edited here. The content is the JSON document,
-- stored only once it has passed validation: the last good version stays usable whatever arrives.
CREATE TABLE orientation_trees (
    SYNC_COLUMNS,
    tree_id TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'network')),
    based_on TEXT NOT NULL DEFAULT '',          -- "tree_id@version" of the tree it was copied from
    content TEXT NOT NULL,
    UNIQUE (tree_id, version)
);

-- One row per orientation. Holds no personal data, so the row may sync (pseudonymous statistics):
-- the answers, which describe a person's situation, are kept apart in orientation_answers.
CREATE TABLE orientations (
    SYNC_COLUMNS,
    tree_id TEXT NOT NULL,
    tree_version TEXT NOT NULL,
    occurred_on TEXT NOT NULL,                  -- YYYY-MM-DD, local date
    outcomes TEXT NOT NULL DEFAULT '',          -- outcome ids joined by '|'
    families TEXT NOT NULL DEFAULT '',          -- ThematiqueDemarche codes joined by '|'
    offices TEXT NOT NULL DEFAULT '',           -- Typologie codes joined by '|'
    suggested_place_id TEXT NOT NULL DEFAULT '',
    beneficiary_id TEXT NOT NULL DEFAULT '',    -- owned by the activity module, optional
    activity_id TEXT NOT NULL DEFAULT '',       -- optional
    user_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX orientations_occurred_on ON orientations (occurred_on);

-- The answers of an orientation: local only, never synced (no sync columns).
CREATE TABLE orientation_answers (
    orientation_id TEXT PRIMARY KEY NOT NULL,
    answers TEXT NOT NULL                       -- JSON object {question id: value}
);
