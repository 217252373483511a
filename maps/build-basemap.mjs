// Builds maps/world-basemap.bin, the world basemap embedded in Escale (land and country borders),
// from the Natural Earth 1:50m data of the `world-atlas` npm package (public domain).
//
//   node maps/build-basemap.mjs [node_modules folder]     (default: ./node_modules)
//
// The output is committed: building Escale never needs node. Format (little-endian), read by
// core/geo/Basemap.cpp:
//   "ESCB" magic, u8 version (1), u8 layer count,
//   per layer: u8 kind (1 = lines, 2 = areas), varint feature count,
//     per feature: varint ring count, per ring: varint point count, then per point the zigzag varint
//     deltas of round(longitude·1e4) and round(latitude·1e4), the running values continuing from one
//     point to the next across the whole layer (starting at 0, 0).
// Points closer than `tolerance` degrees to the previous kept one are dropped (rings keep ≥ 4 points).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.resolve(process.argv[2] || path.join(here, '..', 'node_modules'));
const require = createRequire(path.join(modules, 'noop.js'));
const topojson = require(path.join(modules, 'topojson-client'));

const land = JSON.parse(readFileSync(path.join(modules, 'world-atlas', 'land-50m.json'), 'utf8'));
const countries = JSON.parse(readFileSync(path.join(modules, 'world-atlas', 'countries-50m.json'), 'utf8'));

const SCALE = 1e4;
const tolerance = 0.005; // degrees (~500 m): about a pixel at zoom 8

const bytes = [];
const u8 = (v) => bytes.push(v & 0xff);
const varint = (v) => {
  while (v >= 0x80) { bytes.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
  bytes.push(v);
};
const zigzag = (v) => (v >= 0 ? v * 2 : -v * 2 - 1);

function thin(ring, closed) {
  const out = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || Math.abs(p[0] - last[0]) > tolerance || Math.abs(p[1] - last[1]) > tolerance) out.push(p);
  }
  const lastIn = ring[ring.length - 1];
  const lastOut = out[out.length - 1];
  if (lastOut !== lastIn) out.push(lastIn);
  if (closed && out.length < 4) return null;
  if (!closed && out.length < 2) return null;
  return out;
}

function writeLayer(kind, features) {
  u8(kind);
  let px = 0, py = 0, points = 0;
  const kept = features.map((rings) => rings.map((r) => thin(r, kind === 2)).filter(Boolean)).filter((f) => f.length);
  varint(kept.length);
  for (const rings of kept) {
    varint(rings.length);
    for (const ring of rings) {
      varint(ring.length);
      for (const [lon, lat] of ring) {
        const x = Math.round(lon * SCALE), y = Math.round(lat * SCALE);
        varint(zigzag(x - px)); varint(zigzag(y - py));
        px = x; py = y; ++points;
      }
    }
  }
  return { features: kept.length, points };
}

// Areas: one feature per land polygon (each with its holes), so that the renderer can skip what a
// tile does not show.
const landFeature = topojson.feature(land, land.objects.land);
const polygons = [];
for (const f of landFeature.features ?? [landFeature]) {
  const g = f.geometry;
  if (g.type === 'Polygon') polygons.push(g.coordinates);
  else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
}
// Lines: borders between countries (each shared arc once).
const borders = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b);
const lines = borders.coordinates.map((line) => [line]);

bytes.push(...Buffer.from('ESCB'));
u8(1);
u8(2);
const a = writeLayer(2, polygons);
const l = writeLayer(1, lines);
const out = path.join(here, 'world-basemap.bin');
writeFileSync(out, Buffer.from(bytes));
console.log(`${out}: ${bytes.length} bytes; land ${a.features} polygons / ${a.points} points; ` +
            `borders ${l.features} lines / ${l.points} points`);
