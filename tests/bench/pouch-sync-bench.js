// PouchDB's replicator on the same documents and server as BenchSync:
//   node pouch-sync-bench.js NODE_MODULES SERVER_URL PUSH_DB PULL_DB COUNT [FLOOR_DB]
// Pushes COUNT small documents from an in-memory PouchDB to SERVER/PUSH_DB, then pulls SERVER/PULL_DB
// into a fresh in-memory PouchDB, and prints {"pushMs":…, "pullMs":…, "localWriteMs":…} as JSON
// (localWriteMs: writing the COUNT documents into the local PouchDB, not part of pushMs). With FLOOR_DB, also the
// server's own floor for such a push: the same number of documents, already built with their revisions,
// posted to SERVER/FLOOR_DB with _bulk_docs (new_edits:false) in batches of 1000, 4 at once
// ("floorMs"), and one at a time ("floorSequentialMs", to FLOOR_DB-seq): no replicator, only the server.
const path = require('path');
const crypto = require('crypto');
const modules = process.argv[2];
const PouchDB = require(path.join(modules, 'pouchdb')).plugin(require(path.join(modules, 'pouchdb-adapter-memory')));
const [server, pushDb, pullDb, countText, floorDb] = process.argv.slice(3);
const count = Number(countText);

async function floor(db, inFlight) {
  await fetch(server + '/' + db, { method: 'PUT' });
  const bodies = [];
  for (let i = 0; i < count; i += 1000) {
    const docs = [];
    for (let j = i; j < Math.min(count, i + 1000); j++) {
      const hash = crypto.createHash('md5').update('floor' + j).digest('hex');
      docs.push({ _id: 'place:' + String(j).padStart(6, '0'), _rev: '1-' + hash, _revisions: { start: 1, ids: [hash] },
                  type: 'place', nom: 'Lieu ' + j + ' à Nîmes', commune: '', visites: j,
                  updated_at: '2026-11-21T04:00:00.000Z', origin: '00000000-0000-0000-0000-000000000000' });
    }
    bodies.push(JSON.stringify({ new_edits: false, docs }));
  }
  const t = Date.now();
  let next = 0;
  async function worker() {
    while (next < bodies.length) {
      const body = bodies[next++];
      const r = await fetch(server + '/' + db + '/_bulk_docs',
                            { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      if (r.status !== 201) throw new Error('_bulk_docs: HTTP ' + r.status);
      await r.text();
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  return Date.now() - t;
}

(async () => {
  const local = new PouchDB('bench-source', { adapter: 'memory' });
  const docs = [];
  for (let i = 0; i < count; i++)
    docs.push({ _id: 'place:' + String(i).padStart(6, '0'), type: 'place', nom: 'Lieu ' + i + ' à Nîmes', commune: '', visites: i });
  let t = Date.now();
  for (let i = 0; i < docs.length; i += 1000)
    await local.bulkDocs(docs.slice(i, i + 1000));
  const localWriteMs = Date.now() - t; // PouchDB's counterpart of Escale's capture (revisions written here)
  t = Date.now();
  await PouchDB.replicate(local, new PouchDB(server + '/' + pushDb), { batch_size: 500 });
  const pushMs = Date.now() - t;
  const fresh = new PouchDB('bench-target', { adapter: 'memory' });
  t = Date.now();
  await PouchDB.replicate(new PouchDB(server + '/' + pullDb), fresh, { batch_size: 500 });
  const pullMs = Date.now() - t;
  const result = { pushMs, pullMs, localWriteMs };
  if (floorDb) {
    result.floorMs = await floor(floorDb, 4);
    result.floorSequentialMs = await floor(floorDb + '-seq', 1);
  }
  console.log(JSON.stringify(result));
})().catch((error) => {
  console.error(String(error && (error.stack || error.message || error)));
  process.exit(1);
});
