import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportEntry, ExportOptions } from '../export/format.types';
import { exportItems, type ExportItem, type RegionValue } from '../export/export-items';
import { pyJsonDumps } from '../export/py-json';
import { pathBasename, PyFloat, pyStr, pyUrlParse } from '../export/python';
import { getAnnotator } from '../export/records';
import { taskPasses, type TaskSource } from '../export/task-source';

function unquote(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The `audio_filepath` Label Studio writes for a file it copied into `audio/`. */
export function lsAudioPath(url: string): string {
  if (url.startsWith('/data/upload')) return `audio/${pathBasename(unquote(url.split('/data/upload/').join('')))}`;
  return `audio/${pathBasename(pyUrlParse(url).path)}`;
}

/** The audio length recorded by the editor in the results, for exports without a resolver. */
function recordedLength(item: ExportItem): number | undefined {
  for (const r of item.annotation?.result ?? []) if (typeof r.original_length === 'number') return r.original_length;
  return undefined;
}

/**
 * Streams the NVIDIA NeMo manifest (`manifest.json`): one JSON line per non-skipped annotation,
 * `{"audio_filepath", "duration", "text", "annotator"}`, with the first TextArea text.
 *
 * Label Studio copies each audio file and measures it; a task whose audio it can't read is left
 * out. Here the caller's `resolveAudio` plays that part (see ExportOptions).
 *
 * Label Studio quirk kept for identical output: an item without any text (a task without
 * annotations) reuses the text of the item before it. Where Label Studio would crash instead
 * (no earlier text, or a text list that is empty), the item is left out.
 */
export async function* writeAsrManifestLines(
  source: TaskSource,
  config: ExportConfig,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const schema = new ExportSchema(config);
  let texts: RegionValue[] | undefined;
  for await (const item of exportItems(taskPasses(source, 1)(), schema)) {
    const raw = item.input[schema.dataKey];
    const src = raw === undefined || raw === null ? '' : pyStr(raw);
    const info = options.resolveAudio ? await options.resolveAudio(src, { id: item.id }) : { duration: recordedLength(item) };
    if (!info || info.duration === undefined) continue;
    for (const values of item.output.values()) {
      texts = values;
      if (values.length > 0 && 'text' in values[0]) break;
    }
    const text = texts?.[0]?.text;
    if (!Array.isArray(text) || text.length === 0) continue;
    const line = {
      audio_filepath: info.path ?? lsAudioPath(src),
      duration: new PyFloat(info.duration),
      text: text[0],
      annotator: getAnnotator(item, ''),
    };
    yield pyJsonDumps(line, { flavor: 'stdlib', ensureAscii: true }) + '\n';
  }
}

/** Label Studio's ASR_MANIFEST export: `manifest.json` and the `audio/` folder (left empty here). */
export async function* writeAsrManifest(
  source: TaskSource,
  config: ExportConfig,
  options: ExportOptions = {},
): AsyncGenerator<ExportEntry> {
  yield { path: 'audio/', content: '' };
  yield { path: 'manifest.json', content: writeAsrManifestLines(source, config, options) };
}
