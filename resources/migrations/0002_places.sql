-- Places: the territory's digital-mediation places, every field of the national standard v2
-- (« Standard des lieux de médiation numérique », VOCABULARIES.md §1), v1's extra fields kept as read,
-- and Escale's own. Multi-valued fields are codes of core/common/Vocabulary.h joined by '|'.
-- The FTS5 and R*Tree indexes are created by core/places at first use (some SQLite builds lack them).
CREATE TABLE places (
    SYNC_COLUMNS,
    source_id TEXT NOT NULL DEFAULT '',            -- the `id` of the file it came from
    pivot TEXT NOT NULL DEFAULT '',
    nom TEXT NOT NULL,
    commune TEXT NOT NULL DEFAULT '',
    code_postal TEXT NOT NULL DEFAULT '',
    code_insee TEXT NOT NULL DEFAULT '',
    adresse TEXT NOT NULL DEFAULT '',
    complement_adresse TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    typologie TEXT NOT NULL DEFAULT '',
    telephone TEXT NOT NULL DEFAULT '',
    courriels TEXT NOT NULL DEFAULT '',
    site_web TEXT NOT NULL DEFAULT '',
    horaires TEXT NOT NULL DEFAULT '',             -- OSM opening_hours, or verbatim text
    presentation_resume TEXT NOT NULL DEFAULT '',
    presentation_detail TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    itinerance TEXT NOT NULL DEFAULT '',           -- '', 'fixe', 'itinerant'
    structure_parente TEXT NOT NULL DEFAULT '',
    date_maj TEXT NOT NULL DEFAULT '',
    services TEXT NOT NULL DEFAULT '',
    publics_specifiquement_adresses TEXT NOT NULL DEFAULT '',
    prise_en_charge_specifique TEXT NOT NULL DEFAULT '',
    frais_a_charge TEXT NOT NULL DEFAULT '',
    dispositif_programmes_nationaux TEXT NOT NULL DEFAULT '',
    formations_labels TEXT NOT NULL DEFAULT '',
    autres_formations_labels TEXT NOT NULL DEFAULT '',
    modalites_acces TEXT NOT NULL DEFAULT '',
    modalites_accompagnement TEXT NOT NULL DEFAULT '',
    fiche_acces_libre TEXT NOT NULL DEFAULT '',
    prise_rdv TEXT NOT NULL DEFAULT '',
    labels_nationaux TEXT NOT NULL DEFAULT '',     -- v1, as read
    conditions_acces TEXT NOT NULL DEFAULT '',     -- v1, as read
    publics_accueillis TEXT NOT NULL DEFAULT '',   -- v1, as read
    accepte_pass_numerique INTEGER NOT NULL DEFAULT 0 CHECK (accepte_pass_numerique IN (0, 1)),
    structure_id TEXT NOT NULL DEFAULT '',         -- the structure (table structure) it belongs to, if any
    completeness INTEGER NOT NULL DEFAULT 0,       -- 0..100
    search_text TEXT NOT NULL DEFAULT '',          -- normalised words, for the LIKE fallback
    match_key TEXT NOT NULL DEFAULT ''             -- normalised name, for the duplicate detector
);
CREATE INDEX places_source_id ON places (source, source_id);
CREATE INDEX places_match_key ON places (match_key);
CREATE INDEX places_code_postal ON places (code_postal);
CREATE INDEX places_lat ON places (latitude);
CREATE INDEX places_lon ON places (longitude);
