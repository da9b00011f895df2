/**
 * Cross-checks the brush RLE against Label Studio's own converter (label-studio-sdk, Python),
 * through the virtualenv packages/formats keeps for its oracle tests
 * (`packages/formats/src/testing/oracle.ts`). Never skipped: the virtualenv is built here when
 * missing (the root config's global setup usually has built it already), and a failure to build
 * it fails this file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureOracleVenv } from '../../../../../../formats/src/testing/oracle';
import { TestEngine } from '../../../../testing/test-engine';
import { decodeBrushAlpha } from './brush-rle';
import { BrushMasks, applyBrushStroke } from './brush-regions';
import { BrushMask } from './mask';

const python = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../../formats/.venv/bin/python');

/** pip may take minutes the first time. */
const VENV_TIMEOUT_MS = 10 * 60_000;

beforeAll(async () => {
  await ensureOracleVenv();
  if (!existsSync(python)) {
    throw new Error(`brush oracle: ensureOracleVenv() finished but ${python} does not exist; the oracle cannot run.`);
  }
}, VENV_TIMEOUT_MS);

const SCRIPT = `
import base64, json, sys
import numpy as np
from label_studio_sdk.converter.brush import decode_rle, mask2rle
jobs = json.load(sys.stdin)
out = {"decoded": [], "encoded": []}
for job in jobs["decode"]:
    rgba = decode_rle(job["rle"])
    alpha = np.reshape(rgba, [job["height"], job["width"], 4])[:, :, 3]
    out["decoded"].append(base64.b64encode(alpha.astype(np.uint8).tobytes()).decode())
for job in jobs["encode"]:
    mask = np.frombuffer(base64.b64decode(job["mask"]), dtype=np.uint8).reshape(job["height"], job["width"])
    out["encoded"].append([int(b) for b in mask2rle(mask)])
print(json.dumps(out))
`;

interface OracleJobs {
  decode: { rle: number[]; width: number; height: number }[];
  encode: { mask: string; width: number; height: number }[];
}

function oracle(jobs: OracleJobs): { decoded: Uint8Array[]; encoded: number[][] } {
  const r = spawnSync(python, ['-c', SCRIPT], { input: JSON.stringify(jobs), maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Label Studio converter failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { decoded: string[]; encoded: number[][] };
  return { decoded: out.decoded.map((b) => new Uint8Array(Buffer.from(b, 'base64'))), encoded: out.encoded };
}

function strokes(width: number, height: number): BrushMask {
  const mask = new BrushMask(width, height);
  mask.stroke(
    [
      { x: 5, y: 5 },
      { x: width - 10, y: height / 2 },
      { x: width / 3, y: height - 4 },
    ],
    6,
    'paint',
  );
  mask.eraseCircle(width / 2, height / 2, 5);
  mask.paintCircle(width - 3, 2, 4);
  return mask;
}

describe('brush RLE against Label Studio’s converter', () => {
  it('Label Studio decodes our masks to the same pixels, and we decode its masks to the same pixels', () => {
    const a = strokes(97, 61);
    const b = strokes(160, 40);
    // A soft-edged mask, as one painted in Label Studio (anti-aliased) would be.
    const soft = strokes(50, 30);
    for (let i = 0; i < soft.data.length; i += 7) if (soft.data[i]) soft.data[i] = 128;
    const masks = [a, b, soft];
    const result = oracle({
      decode: masks.map((m) => ({ rle: m.toRle(), width: m.width, height: m.height })),
      encode: masks.map((m) => ({ mask: Buffer.from(m.data).toString('base64'), width: m.width, height: m.height })),
    });
    masks.forEach((m, i) => {
      expect(result.decoded[i]).toEqual(m.data);
      expect(decodeBrushAlpha(result.encoded[i], m.width, m.height)).toEqual(m.data);
    });
  });

  it('loads a Label Studio brush result, saves it unchanged, and after a stroke Label Studio reads the new mask', () => {
    const width = 120;
    const height = 80;
    const original = strokes(width, height);
    const [lsRle] = oracle({
      decode: [],
      encode: [{ mask: Buffer.from(original.data).toString('base64'), width, height }],
    }).encoded;
    const item = {
      original_width: width,
      original_height: height,
      image_rotation: 0,
      value: { format: 'rle', rle: lsRle, brushlabels: ['Tumor'] },
      id: 'brush_1',
      from_name: 'tag',
      to_name: 'image',
      type: 'brushlabels',
      origin: 'manual',
    };
    const t = new TestEngine(
      `<View><Image name="image" value="$image"/><BrushLabels name="tag" toName="image"><Label value="Tumor"/></BrushLabels></View>`,
      { image: 'scan.png' },
    );
    expect(t.roundTrip([item])).toEqual([item]);

    const masks = new BrushMasks();
    applyBrushStroke(t.engine, masks, {
      objectName: 'image',
      control: 'tag',
      regionId: 'brush_1',
      points: [
        { x: 100, y: 70 },
        { x: 110, y: 75 },
      ],
      radius: 3,
      mode: 'paint',
      image: { width, height },
    });
    const expected = original.clone();
    expected.stroke(
      [
        { x: 100, y: 70 },
        { x: 110, y: 75 },
      ],
      3,
      'paint',
    );
    const saved = t.saved()[0].value as { rle: number[] };
    const [decoded] = oracle({ decode: [{ rle: saved.rle, width, height }], encode: [] }).decoded;
    expect(decoded).toEqual(expected.data);
    expect(decoded).not.toEqual(original.data);
  });
});
