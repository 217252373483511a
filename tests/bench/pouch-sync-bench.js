// PouchDB's replicator on the same documents and server as BenchSync:
//   node pouch-sync-bench.js NODE_MODULES SERVER_URL PUSH_DB PULL_DB COUNT
// Pushes COUNT small documents from an in-memory PouchDB to SERVER/PUSH_DB, then pulls SERVER/PULL_DB
// into a fresh in-memory PouchDB, and prints {"pushMs":…, "pullMs":…} as JSON.
const path = require('path');
const modules = process.argv[2];
const PouchDB = require(path.join(modules, 'pouchdb')).plugin(require(path.join(modules, 'pouchdb-adapter-memory')));
const [server, pushDb, pullDb, countText] = process.argv.slice(3);
const count = Number(countText);

(async () => {
  const local = new PouchDB('bench-source', { adapter: 'memory' });
  const docs = [];
  for (let i = 0; i < count; i++)
    docs.push({ _id: 'place:' + String(i).padStart(6, '0'), type: 'place', nom: 'Lieu ' + i + ' à Nîmes', commune: '', visites: i });
  for (let i = 0; i < docs.length; i += 1000)
    await local.bulkDocs(docs.slice(i, i + 1000));
  let t = Date.now();
  await PouchDB.replicate(local, new PouchDB(server + '/' + pushDb), { batch_size: 500 });
  const pushMs = Date.now() - t;
  const fresh = new PouchDB('bench-target', { adapter: 'memory' });
  t = Date.now();
  await PouchDB.replicate(new PouchDB(server + '/' + pullDb), fresh, { batch_size: 500 });
  const pullMs = Date.now() - t;
  console.log(JSON.stringify({ pushMs, pullMs }));
})().catch((error) => {
  console.error(String(error && (error.stack || error.message || error)));
  process.exit(1);
});
