-- Map: vector layers imported from GeoJSON (départements, communes…), kept on this installation only
-- (they are reference outlines anyone can import again, and too large to sync). The GeoJSON text is
-- stored compressed (qCompress) as read, so that a newer reader can read it again; feature_count and
-- the bounds are what the layer list shows without decoding it. Map settings (tile URL, online tiles
-- on/off, MBTiles pack) live in the `settings` table under keys starting with `map.`.
CREATE TABLE geo_layers (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    source_file TEXT NOT NULL DEFAULT '',
    feature_count INTEGER NOT NULL DEFAULT 0,
    south REAL, west REAL, north REAL, east REAL,
    geojson BLOB NOT NULL,
    visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    stroke TEXT NOT NULL DEFAULT '#8a3b12',
    fill TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX geo_layers_position ON geo_layers (position);
