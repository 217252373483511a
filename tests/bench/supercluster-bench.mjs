// Reference figures for BenchMap: the `supercluster` npm package on the same points, same viewports.
//   node supercluster-bench.mjs POINTS.json   (env ESCALE_NODE_MODULES: the node_modules folder)
// POINTS.json: {"points": [[lon, lat], …], "views": [{"zoom": z, "bbox": [w, s, e, n]}, …]}
// Prints one JSON line: build_ms (median of 5), and per view the median query time and cluster count.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.ESCALE_NODE_MODULES || path.resolve('node_modules');
const { default: Supercluster } = await import(pathToFileURL(path.join(modules, 'supercluster', 'index.js')).href);

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const features = input.points.map(([lon, lat], i) => ({
  type: 'Feature', properties: { id: i }, geometry: { type: 'Point', coordinates: [lon, lat] },
}));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

let index;
const builds = [];
for (let i = 0; i < 5; ++i) {
  const t = process.hrtime.bigint();
  index = new Supercluster({ radius: 40, maxZoom: 16 }).load(features);
  builds.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const views = input.views.map((v) => {
  const times = [];
  let count = 0;
  for (let i = 0; i < 50; ++i) {
    const t = process.hrtime.bigint();
    count = index.getClusters(v.bbox, v.zoom).length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { zoom: v.zoom, query_ms: median(times), clusters: count };
});
console.log(JSON.stringify({ build_ms: median(builds), views }));
