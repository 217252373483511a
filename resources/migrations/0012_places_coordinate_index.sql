-- Places: searches with a point rank places with the coordinate index, an in-memory table per
-- connection (core/places/PlaceSearch.cpp), so the database no longer keeps a spatial index that an
-- import of 100,000 places has to fill: the indexes on latitude and longitude go, and the R*Tree's
-- triggers (created by core/places at first use in earlier versions). The R*Tree table itself is
-- dropped by PlaceSearch::rebuildIndexes() when this SQLite has the R*Tree module (dropping a virtual
-- table needs its module).
DROP INDEX IF EXISTS places_lat;
DROP INDEX IF EXISTS places_lon;
-- No query selects places by postcode (text search finds postcodes through FTS5 or search_text), nor
-- by source (an import reads the stored sources and ids once, into memory; PlaceStore::findBySourceId
-- is for tests and scans): two indexes fewer for an import to rebuild.
DROP INDEX IF EXISTS places_code_postal;
DROP INDEX IF EXISTS places_source_id;
DROP TRIGGER IF EXISTS places_rtree_ai;
DROP TRIGGER IF EXISTS places_rtree_ad;
DROP TRIGGER IF EXISTS places_rtree_au;
