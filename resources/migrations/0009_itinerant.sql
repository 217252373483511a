-- Itinerant mode (issue 9, core/itinerant, docs/itinerant.md): the tours (tournées) of a bus and
-- their stops. Both tables are syncable (DESIGN.md §3): the tour is the same for every mediator of the
-- bus. No foreign key from stops to tours: replication may bring a stop before its tour.

CREATE TABLE itinerant_tours (
    SYNC_COLUMNS,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    vehicle TEXT NOT NULL DEFAULT '',              -- « Cyberbus 16 », a plate… free text
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- A stop of a tour: a place and its recurring slot.
--   recurrence = 'weekly'        : every week on `weekday`;
--                'every_n_weeks' : every `interval_weeks` weeks on `weekday`, counted from `start_date`;
--                'monthly_nth'   : the `nth` (1-5) `weekday` of the month (« every 2nd Tuesday »);
--   months: the months (1-12) joined by '|' the stop is served in, '' for every month;
--   start_date / end_date: the period the stop is served (YYYY-MM-DD, end '' when open).
CREATE TABLE itinerant_stops (
    SYNC_COLUMNS,
    tour_id TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    commune TEXT NOT NULL DEFAULT '',
    code_insee TEXT NOT NULL DEFAULT '',
    place_id TEXT NOT NULL DEFAULT '',             -- a row of `places`, optional
    latitude REAL,                                 -- NULL when the precise point is unknown
    longitude REAL,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- 1 = Monday (ISO)
    start_time TEXT NOT NULL,                      -- HH:MM, local
    end_time TEXT NOT NULL,                        -- HH:MM, local
    recurrence TEXT NOT NULL DEFAULT 'weekly' CHECK (recurrence IN ('weekly', 'every_n_weeks', 'monthly_nth')),
    interval_weeks INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks >= 1),
    nth INTEGER NOT NULL DEFAULT 1 CHECK (nth BETWEEN 1 AND 5),
    months TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,                      -- YYYY-MM-DD
    end_date TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,           -- order of the stop in the tour's day
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX itinerant_stops_tour ON itinerant_stops (tour_id, weekday, start_time);
