import { decodeBrushAlpha, encodeBrushRle } from '../../packages/editor/src/tags/image/shapes/brush/brush-rle';
import { BrushMask } from '../../packages/editor/src/tags/image/shapes/brush/mask';
import type { Rect } from '../../packages/editor/src/tags/image/geometry';
import { SpatialIndex } from '../../packages/editor/src/tags/image/spatial-index';

/**
 * bench/editor-image/model: the headless image model, in Node (no browser).
 *
 * - spatial index over N region boxes on a 4000×3000 image: build, then point queries (hit-test
 *   under the pointer, 4 px tolerance) and viewport queries (a quarter of the image, and the
 *   whole image), and moving one box;
 * - brush RLE for a 4000×3000 mask: 30 regions' worth of strokes (30 strokes of 20 points,
 *   radius 15–40 px, spread over the image) encoded as one mask, decoded back; and one more
 *   stroke on a single region encoded within its painted box (what each brush stroke costs).
 *
 * Env: BENCH_SIZES ("5000,50000"), BENCH_QUERIES (2000). Run: `npx tsx bench/editor-image/model.ts`.
 */
const SIZES = (process.env.BENCH_SIZES || '5000,50000').split(',').map(Number);
const QUERIES = Number(process.env.BENCH_QUERIES || 2000);
const W = 4000;
const H = 3000;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

function timeEach(n: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

function benchIndex(n: number): void {
  const rnd = random(n);
  const boxes: Rect[] = Array.from({ length: n }, () => {
    const w = 5 + rnd() * 60;
    const h = 5 + rnd() * 60;
    return { x: rnd() * (W - w), y: rnd() * (H - h), width: w, height: h };
  });
  const t0 = performance.now();
  const index = SpatialIndex.forImage({ width: W, height: H });
  boxes.forEach((b, i) => index.insert(`r${i}`, b));
  const build = performance.now() - t0;
  let found = 0;
  const point = timeEach(QUERIES, () => (found += index.queryPoint({ x: rnd() * W, y: rnd() * H }, 4).length));
  const quarter = timeEach(
    200,
    () => (found += index.queryRect({ x: rnd() * W * 0.5, y: rnd() * H * 0.5, width: W / 2, height: H / 2 }).length),
  );
  const whole = timeEach(50, () => (found += index.queryRect({ x: 0, y: 0, width: W, height: H }).length));
  const move = timeEach(QUERIES, (i) => {
    const id = `r${i % n}`;
    const b = boxes[i % n];
    index.update(id, { ...b, x: b.x + 1 });
  });
  const line = (name: string, v: number[], unit = us) => `${name} p50 ${unit(percentile(v, 50))}, p95 ${unit(percentile(v, 95))}`;
  console.log(`spatial index, ${n} boxes: build ${ms(build)}`);
  console.log(`  ${line('point query (4 px)', point)}`);
  console.log(`  ${line('viewport query (¼ image)', quarter)}`);
  console.log(`  ${line('viewport query (whole image)', whole, ms)}`);
  console.log(`  ${line('move one box', move)}`);
  if (found < 0) console.log(found);
}

function benchBrush(): void {
  const rnd = random(30);
  const mask = new BrushMask(W, H);
  const t0 = performance.now();
  for (let s = 0; s < 30; s++) {
    let x = rnd() * W;
    let y = rnd() * H;
    const points = Array.from({ length: 20 }, () => ({ x: (x += (rnd() - 0.5) * 120), y: (y += (rnd() - 0.5) * 120) }));
    mask.stroke(points, 15 + rnd() * 25, 'paint');
  }
  const paint = performance.now() - t0;
  const encodeFull = timeEach(5, () => encodeBrushRle(mask.data, W, H));
  const encodeBox = timeEach(5, () => mask.toRle());
  const rle = mask.toRle();
  const decode = timeEach(5, () => decodeBrushAlpha(rle, W, H));
  console.log(
    `brush, ${W}×${H} mask, 30 strokes (${mask.pixelCount()} px painted): painting ${ms(paint)}; RLE ${rle.length} bytes`,
  );
  console.log(
    `  encode whole mask p50 ${ms(percentile(encodeFull, 50))}; within painted box p50 ${ms(percentile(encodeBox, 50))}`,
  );
  console.log(`  decode to alpha p50 ${ms(percentile(decode, 50))}`);

  const region = new BrushMask(W, H);
  region.stroke(
    [
      { x: 1000, y: 1000 },
      { x: 1400, y: 1200 },
    ],
    30,
    'paint',
  );
  const stroke = timeEach(20, (i) => {
    const patch = region.stroke(
      [
        { x: 1000 + i * 10, y: 1100 },
        { x: 1100 + i * 10, y: 1300 },
      ],
      20,
      'paint',
    );
    region.toRle();
    if (!patch) throw new Error('stroke changed nothing');
  });
  console.log(
    `  one stroke on one region (paint + encode): p50 ${ms(percentile(stroke, 50))}, p95 ${ms(percentile(stroke, 95))}`,
  );
}

for (const n of SIZES) benchIndex(n);
benchBrush();
