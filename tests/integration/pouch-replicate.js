// PouchDB's own replicator, for the cross-check of TestSyncPouchServer:
//   node pouch-replicate.js NODE_MODULES SOURCE_URL TARGET_URL
// Prints the replication result as JSON; exit status 1 on error.
const path = require('path');
const PouchDB = require(path.join(process.argv[2], 'pouchdb'));
const source = new PouchDB(process.argv[3]);
const target = new PouchDB(process.argv[4]);
const started = Date.now();
PouchDB.replicate(source, target, { batch_size: 100 })
  .then((result) => {
    console.log(JSON.stringify({ ok: result.ok, docs_written: result.docs_written, ms: Date.now() - started }));
  })
  .catch((error) => {
    console.error(String(error && (error.stack || error.message || error)));
    process.exit(1);
  });
