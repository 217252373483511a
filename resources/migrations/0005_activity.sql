-- Activity log (issue 7, VOCABULARIES.md §2). Codes of core/common/Vocabulary.h; multi-valued
-- fields are codes joined by '|'.

-- People accompanied. Personal data: LOCAL ONLY, never synced (no sync columns). Other modules refer
-- to a person by id (TEXT, no foreign key).
CREATE TABLE beneficiaries (
    id TEXT PRIMARY KEY NOT NULL,
    prenom TEXT NOT NULL DEFAULT '',
    nom TEXT NOT NULL DEFAULT '',
    nom_normalise TEXT NOT NULL DEFAULT '',       -- normalised "prenom nom", for search and duplicates
    annee_naissance INTEGER NOT NULL DEFAULT 0,   -- 0: unknown
    genre TEXT NOT NULL DEFAULT '',
    statut TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    code_postal TEXT NOT NULL DEFAULT '',
    telephone TEXT NOT NULL DEFAULT '',
    courriel TEXT NOT NULL DEFAULT '',
    consent_contact INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    last_visit TEXT NOT NULL DEFAULT '',          -- local date YYYY-MM-DD
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX beneficiaries_nom_normalise ON beneficiaries (nom_normalise);
CREATE INDEX beneficiaries_last_visit ON beneficiaries (last_visit);

-- One accompaniment or workshop. Syncable; the columns beneficiary_id and notes are personal and are
-- left out of the synced form (docs/activity.md). genre/tranche_age/statut/commune are the
-- demographic codes of the person at the time (kept for statistics after erasure).
CREATE TABLE activities (
    SYNC_COLUMNS,
    type TEXT NOT NULL CHECK (type IN ('individuel', 'collectif', 'ponctuel')),
    date TEXT NOT NULL,                           -- local date YYYY-MM-DD
    duree_minutes INTEGER NOT NULL CHECK (duree_minutes > 0 AND duree_minutes < 1440),
    canal TEXT NOT NULL DEFAULT 'lieu_activite',
    lieu_kind TEXT NOT NULL DEFAULT 'structure',   -- structure, stop, domicile, a_distance
    lieu_id TEXT NOT NULL DEFAULT '',              -- the stop (place) id when lieu_kind = 'stop'
    lieu_label TEXT NOT NULL DEFAULT '',           -- the stop's name at the time
    materiel TEXT NOT NULL DEFAULT '',
    thematiques TEXT NOT NULL DEFAULT '',
    demarches TEXT NOT NULL DEFAULT '',
    autonomie TEXT NOT NULL DEFAULT '',
    niveau TEXT NOT NULL DEFAULT '',
    redirection TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    mediator_id TEXT NOT NULL DEFAULT '',
    beneficiary_id TEXT NOT NULL DEFAULT '',       -- '' : anonymous (individual activities)
    genre TEXT NOT NULL DEFAULT '',
    tranche_age TEXT NOT NULL DEFAULT '',
    statut TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL DEFAULT 1,       -- people reached (named + anonymous)
    comptes_anonymes TEXT NOT NULL DEFAULT '',     -- collective: "tranche_age:code=n|statut:code=n|genre:code=n"
    created_at TEXT NOT NULL
);
CREATE INDEX activities_date ON activities (deleted, date, participants);
CREATE INDEX activities_beneficiary ON activities (beneficiary_id, deleted, date);

-- Named participants of a collective activity (personal, local only).
CREATE TABLE activity_participants (
    activity_id TEXT NOT NULL,
    beneficiary_id TEXT NOT NULL,
    PRIMARY KEY (activity_id, beneficiary_id)
);
CREATE INDEX activity_participants_beneficiary ON activity_participants (beneficiary_id);

-- What an activity involved in other modules: kind = orientation, diagnostic, cheque.
CREATE TABLE activity_links (
    activity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    PRIMARY KEY (activity_id, kind, target_id)
);
CREATE INDEX activity_links_target ON activity_links (kind, target_id);
