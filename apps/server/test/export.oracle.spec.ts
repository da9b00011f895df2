/**
 * Every format through the API, against Label Studio's converter run on our own JSON export, on
 * SQLite and PostgreSQL. Oracle tier (vitest.config.ts): the `oracle` project's global setup builds
 * packages/formats/.venv and starts PostgreSQL; the plain export routes are in export.spec.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LsAnnotation } from '@groundwork/formats';
import { FIXTURES, type Fixture } from '../../../packages/formats/src/testing/fixtures';
import { decodeGrayPng } from '../../../packages/formats/src/testing/media';
import { ensureOracleVenv, runOracle, type OracleResult } from '../../../packages/formats/src/testing/oracle';
import { createTestApp, describeEachDb, downloadExport as download, type TestApp } from './harness';

/** Output as Label Studio's converter folder would hold it: files and directories. */
interface Output {
  files: Record<string, Buffer>;
  dirs: string[];
}

/** COCO's and YOLO's `info` carries the clock; the rest must match byte for byte. */
const unclocked = (text: string) =>
  text.replace(/"date_created": "[^"]*"/g, '"date_created": ""').replace(/"year": \d+/g, '"year": 0');

/**
 * Fixture tasks as an import body: data and annotations (ids, authors and times are the server's).
 * Results our import refuses (a control the config lacks, relations to such regions) are left out.
 */
function importBody(f: Fixture) {
  const controls = new Set(f.cfg.config.controls.map((c) => c.name));
  const valid = (result: NonNullable<LsAnnotation['result']>) => {
    const kept = result.filter((r) => r.type === 'relation' || (r.from_name !== undefined && controls.has(r.from_name)));
    const ids = new Set(kept.map((r) => r.id));
    return kept.filter((r) => r.type !== 'relation' || (ids.has(r.from_id as string) && ids.has(r.to_id as string)));
  };
  return f.tasks.map((task) => ({
    data: task.data,
    annotations: (task.annotations ?? []).map((a) => ({
      result: valid(a.result ?? []),
      was_cancelled: a.was_cancelled === true,
      ground_truth: a.ground_truth === true,
      lead_time: a.lead_time ?? null,
    })),
  }));
}

/**
 * Imports tasks, leaving out the result items our import refuses (the fixtures include some on
 * purpose, to test the converter's tolerance): each 400 names them, they go and the import retries.
 */
async function importValid(t: TestApp, projectId: number, body: ReturnType<typeof importBody>) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const res = await t.call('POST', `/api/projects/${projectId}/import`, { body });
    if (res.status === 201) return;
    const errors = (res.body?.validation_errors ?? {}) as Record<string, string[]>;
    let dropped = false;
    for (const [field, messages] of Object.entries(errors)) {
      const m = /^tasks\[(\d+)\]\.annotations\[(\d+)\]\.result$/.exec(field);
      if (!m) continue;
      const result = body[Number(m[1])].annotations[Number(m[2])].result;
      const bad = new Set(
        messages
          .map((msg) => /^\[(\d+)\]/.exec(msg)?.[1])
          .filter(Boolean)
          .map(Number),
      );
      body[Number(m[1])].annotations[Number(m[2])].result = result.filter((_, i) => !bad.has(i));
      dropped = bad.size > 0;
    }
    if (!dropped) throw new Error(`import ${res.status} ${res.raw}`);
  }
  throw new Error('import kept failing');
}

// ASR_MANIFEST needs the audio itself (Label Studio measures the file); it is checked on its own below.
const COMPARED = FIXTURES.map((f) => ({ ...f, formats: f.formats.filter((x) => x !== 'ASR_MANIFEST') })).filter(
  (f) => f.formats.length,
);

describeEachDb('export formats match Label Studio', (dialect) => {
  let t: TestApp;
  const ours = new Map<string, Output>();
  const oracle = new Map<string, OracleResult>();

  beforeAll(async () => {
    await ensureOracleVenv();
    t = await createTestApp(dialect);
    const jobs = [];
    for (const f of COMPARED) {
      const project = await t.createProject({ title: f.name, label_config: f.cfg.xml });
      await importValid(t, project.id, importBody(f));
      const json = await t.call('GET', `/api/projects/${project.id}/export?exportType=JSON`);
      for (const format of [...f.formats, 'JSON_MIN', 'TSV']) {
        const key = `${f.name} / ${format}`;
        if (ours.has(key)) continue;
        const res = await download(t, `/api/projects/${project.id}/export?exportType=${format}`);
        if (res.status !== 200) throw new Error(`${key}: ${res.status} ${res.body.toString()}`);
        const name = /filename="([^"]+)"/.exec(String(res.headers['content-disposition']))![1];
        const out: Output = { files: {}, dirs: [] };
        if (res.files) {
          for (const [p, b] of res.files) {
            if (p.endsWith('/')) out.dirs.push(p.slice(0, -1));
            else out.files[p] = b;
          }
        } else out.files[name] = res.body;
        ours.set(key, out);
        jobs.push({ name: key, format, config: f.cfg.xml, tasks: json.body });
      }
    }
    for (const [name, result] of Object.entries(await runOracle(jobs))) oracle.set(name, result);
  }, 900_000);
  afterAll(() => t?.close());

  it.each(COMPARED.flatMap((f) => [...new Set([...f.formats, 'JSON_MIN', 'TSV'])].map((format) => [`${f.name} / ${format}`])))(
    '%s',
    (key) => {
      const expected = oracle.get(key)!;
      expect(expected.error, 'Label Studio failed').toBeUndefined();
      const got = ours.get(key)!;
      const expectedNames = Object.keys(expected.files).sort();
      if (Object.keys(got.files).length === 1 && expectedNames.length === 1 && !got.dirs.length && !expected.dirs.length) {
        // A lone file is sent as is, under the export's name with the file's extension.
        const [ourName] = Object.keys(got.files);
        expect(ourName.slice(ourName.lastIndexOf('.'))).toBe(expectedNames[0].slice(expectedNames[0].lastIndexOf('.')));
        got.files = { [expectedNames[0]]: got.files[ourName] };
      }
      expect(Object.keys(got.files).sort()).toEqual(expectedNames);
      expect(got.dirs.sort()).toEqual(expected.dirs);
      for (const [file, bytes] of Object.entries(expected.files)) {
        if (file.endsWith('.png')) expect(decodeGrayPng(got.files[file]), file).toEqual(decodeGrayPng(bytes));
        else expect(unclocked(got.files[file].toString('utf8')), file).toBe(unclocked(bytes.toString('utf8')));
      }
    },
  );

  it('writes the ASR manifest from the transcriptions, with the audio duration from the results', async () => {
    const audio = FIXTURES.find((f) => f.formats.includes('ASR_MANIFEST'))!;
    const project = await t.createProject({ title: 'asr', label_config: audio.cfg.xml });
    await importValid(t, project.id, importBody(audio));
    const res = await download(t, `/api/projects/${project.id}/export?exportType=ASR_MANIFEST`);
    expect(res.status).toBe(200);
    const manifest = res
      .files!.get('manifest.json')!
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(res.files!.has('audio/')).toBe(true);
    // Only the clip whose results carry original_length can be measured without the file.
    const annotator = String(t.owner.id);
    expect(manifest).toEqual([
      { audio_filepath: 'audio/clip one.wav', duration: 1.5, text: 'hello world', annotator },
      { audio_filepath: 'audio/clip one.wav', duration: 1.5, text: 'Grüße, "quoted" — ok/ok', annotator },
    ]);
  });
});
