-- Itinerant mode (issue 9, docs/itinerant.md « Jours fériés »): whether the bus comes to a stop on a
-- French public holiday. 0 (the default, the standard's « PH off »): no visit that day; the schedule
-- marks the day « férié : pas de passage ». 1: the stop runs on public holidays too (its opening hours
-- say `PH` open). Synced with the stop.

ALTER TABLE itinerant_stops ADD COLUMN runs_on_public_holidays INTEGER NOT NULL DEFAULT 0
    CHECK (runs_on_public_holidays IN (0, 1));
