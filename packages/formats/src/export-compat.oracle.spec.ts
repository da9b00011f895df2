/**
 * Our export writers against Label Studio's own converter (label-studio-sdk, run in Python) on
 * the same tasks and config: every file must be byte-for-byte identical (PNG masks: identical
 * pixels, since the two zlib implementations compress differently).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findExportFormat } from './export/format-registry';
import type { ExportChunk, ExportEntry } from './export/format.types';
import { supportedFormats } from './export/formats-for-config';
import {
  dataStress,
  FIXTURES,
  imageStress,
  rotatedBoxes,
  SUPPORTED_FORMAT_CONFIGS,
  tokenizerStress,
  type Fixture,
} from './testing/fixtures';
import { decodeGrayPng } from './testing/media';
import { ensureOracleVenv, oracleSupportedFormats, runOracle, type OracleResult } from './testing/oracle';

// A fixed clock with a fractional second, so `date_created` exercises microsecond formatting.
const NOW_SECONDS = 1709634753.25;

const jobName = (f: Fixture, format: string) => `${f.name} / ${format}`;

async function bytesOf(content: ExportChunk | AsyncIterable<ExportChunk>): Promise<Buffer> {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  if (content instanceof Uint8Array) return Buffer.from(content);
  const parts: Buffer[] = [];
  for await (const c of content) parts.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c));
  return Buffer.concat(parts);
}

/** Our output as the converter's folder would hold it: files (last write wins) and directories. */
async function ourOutput(fixture: Fixture, format: string): Promise<{ files: Record<string, Buffer>; dirs: string[] }> {
  const writer = findExportFormat(format);
  if (!writer) throw new Error(`no writer for ${format}`);
  const options = { ...fixture.options, now: new Date(NOW_SECONDS * 1000) };
  // A function source, as the server passes one: each pass gets a fresh copy of the tasks.
  const source = () => structuredClone(fixture.tasks);
  if (writer.kind === 'file') {
    const chunks: ExportChunk[] = [];
    for await (const c of writer.write(source, fixture.cfg.config, options)) chunks.push(c);
    return {
      files: {
        [writer.fileName]: await bytesOf(
          (async function* () {
            yield* chunks;
          })(),
        ),
      },
      dirs: [],
    };
  }
  const files: Record<string, Buffer> = {};
  const dirs: string[] = [];
  for await (const entry of writer.write(source, fixture.cfg.config, options) as AsyncIterable<ExportEntry>) {
    if (entry.path.endsWith('/')) dirs.push(entry.path.slice(0, -1));
    else files[entry.path] = await bytesOf(entry.content);
  }
  return { files, dirs: dirs.sort() };
}

let oracle: Record<string, OracleResult>;
const ROTATED = rotatedBoxes(400);
const STRESS = [tokenizerStress(500), dataStress(300), imageStress(200), imageStress(200, true)];

beforeAll(async () => {
  await ensureOracleVenv();
  oracle = await runOracle(
    [...FIXTURES, ROTATED, ...STRESS].flatMap((f) =>
      f.formats.map((format) => ({
        name: jobName(f, format),
        format,
        config: f.cfg.xml,
        tasks: f.tasks,
        now: NOW_SECONDS,
        downloadResources: f.downloadResources,
        uploads: f.uploads,
      })),
    ),
  );
}, 900_000);

describe.each([...FIXTURES, ...STRESS])('$name', (fixture) => {
  it.each(fixture.formats)('%s matches Label Studio', async (format) => {
    const expected = oracle[jobName(fixture, format)];
    expect(expected.error, 'Label Studio failed on this fixture').toBeUndefined();
    const ours = await ourOutput(fixture, format);
    // Label Studio copies the audio it measures into audio/; that media is the server's to add.
    const expectedFiles = Object.fromEntries(Object.entries(expected.files).filter(([p]) => !p.startsWith('audio/')));
    expect(Object.keys(ours.files).sort()).toEqual(Object.keys(expectedFiles).sort());
    expect(ours.dirs).toEqual(expected.dirs);
    for (const [file, bytes] of Object.entries(expectedFiles)) {
      if (file.endsWith('.png')) {
        expect(decodeGrayPng(ours.files[file]), file).toEqual(decodeGrayPng(bytes));
      } else {
        expect(ours.files[file].toString('utf8'), file).toBe(bytes.toString('utf8'));
        expect(ours.files[file].equals(bytes), `${file} bytes`).toBe(true);
      }
    }
  });
});

describe('rotated boxes', () => {
  /** Every number in the output, in order. */
  const numbers = (text: string) => (text.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g) ?? []).map(Number);

  // sin, cos and atan are correctly rounded here; glibc's are in all but about 0.15% of calls,
  // so a few boxes in a thousand differ in the last digit. Everything else must be identical.
  it.each(['COCO', 'YOLO_OBB'])('%s differs from Label Studio in the last bit only, and rarely', async (format) => {
    const expected = oracle[jobName(ROTATED, format)];
    expect(expected.error).toBeUndefined();
    const ours = await ourOutput(ROTATED, format);
    expect(Object.keys(ours.files).sort()).toEqual(Object.keys(expected.files).sort());
    let differing = 0;
    let total = 0;
    for (const [file, bytes] of Object.entries(expected.files)) {
      const a = ours.files[file].toString('utf8');
      const b = bytes.toString('utf8');
      const lines = [a.split('\n'), b.split('\n')] as const;
      expect(lines[0].length, file).toBe(lines[1].length);
      lines[1].forEach((line, i) => {
        total++;
        if (line === lines[0][i]) return;
        differing++;
        const [x, y] = [numbers(lines[0][i]), numbers(line)];
        expect(x.length).toBe(y.length);
        x.forEach((v, j) => expect(Math.abs(v - y[j])).toBeLessThanOrEqual(Math.abs(y[j]) * 1e-13 + 1e-13));
      });
    }
    expect(total).toBeGreaterThan(400);
    expect(differing / total).toBeLessThan(0.01);
  });
});

describe('supportedFormats', () => {
  it('offers the formats Label Studio offers for each config', async () => {
    const expected = await oracleSupportedFormats(SUPPORTED_FORMAT_CONFIGS.map((c) => c.xml));
    SUPPORTED_FORMAT_CONFIGS.forEach((c, i) => expect(supportedFormats(c.config), c.xml).toEqual(expected[i]));
  });
});

describe('streaming', () => {
  it('reads a one-shot async iterable once per pass without losing tasks', async () => {
    const fixture = FIXTURES[0];
    async function* once() {
      yield* structuredClone(fixture.tasks);
    }
    const writer = findExportFormat('CSV');
    if (writer?.kind !== 'file') throw new Error('CSV is a file format');
    let fromOnce = '';
    for await (const c of writer.write(once(), fixture.cfg.config)) fromOnce += c;
    let fromArray = '';
    for await (const c of writer.write(structuredClone(fixture.tasks), fixture.cfg.config)) fromArray += c;
    expect(fromOnce).toBe(fromArray);
    expect(fromOnce).toBe(oracle[jobName(fixture, 'CSV')].files['result.csv'].toString('utf8'));
  });
});
