-- Map: the source and licence of an imported vector layer (« Contours : IGN – ADMIN EXPRESS COG 2018
-- (Licence Ouverte) »), shown in the map's attribution line while the layer is visible and on the
-- documents' map extracts. Read from the GeoJSON when it says it (a top-level `attribution` or
-- `licence`/`license` member), else typed in « Couches ».
ALTER TABLE geo_layers ADD COLUMN attribution TEXT NOT NULL DEFAULT '';
