-- Itinerant mode (issue 9, docs/itinerant.md): the bus stop (itinerant_stops.id) where a record was
-- made. NULL when it was made at no stop (at the structure, or not an itinerant structure). A stop id
-- is public timetable data, not personal: it syncs with the rows that sync.
-- Activities already carry their stop as lieu_kind = 'stop', lieu_id, lieu_label (migration 0005).

ALTER TABLE orientations ADD COLUMN stop_id TEXT;
ALTER TABLE diagnostics ADD COLUMN stop_id TEXT;
-- A cheque is handed out at one place and may be redeemed at another: one stop for each.
ALTER TABLE cheques ADD COLUMN distributed_stop_id TEXT;
ALTER TABLE cheques ADD COLUMN redeemed_stop_id TEXT;
-- The stop where that transition happened.
ALTER TABLE cheque_journal ADD COLUMN stop_id TEXT;

-- The journal stays append-only, its new column included.
DROP TRIGGER cheque_journal_append_only_update;
CREATE TRIGGER cheque_journal_append_only_update BEFORE UPDATE ON cheque_journal
WHEN NEW.id IS NOT OLD.id OR NEW.cheque_id IS NOT OLD.cheque_id OR NEW.at IS NOT OLD.at
  OR NEW.who IS NOT OLD.who OR NEW.from_status IS NOT OLD.from_status OR NEW.to_status IS NOT OLD.to_status
  OR NEW.why IS NOT OLD.why OR NEW.place_id IS NOT OLD.place_id OR NEW.deleted IS NOT OLD.deleted
  OR NEW.origin IS NOT OLD.origin OR NEW.stop_id IS NOT OLD.stop_id
BEGIN
    SELECT RAISE(ABORT, 'cheque_journal is append-only: write a new entry instead');
END;
