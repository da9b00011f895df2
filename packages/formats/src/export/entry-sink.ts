import type { ExportEntry } from './format.types';

/**
 * Emits per-image files (YOLO labels, VOC XML) with the file semantics of the converter, which
 * writes them into a folder: a later write to the same path replaces the file ('w'), and an
 * empty placeholder is created only if the file doesn't exist yet ('x').
 *
 * Writes to the same path one after another (the annotations of one task) are settled in memory,
 * so each is emitted once. A path written again after other files had been emitted in between
 * (two tasks showing the same image) is emitted again, and the consumer keeps the last entry.
 * Memory holds one pending file plus the set of paths written so far.
 */
export class EntrySink {
  private pending: ExportEntry | null = null;
  private readonly written = new Set<string>();

  /** Records a write; returns the entry that is now final, if any. */
  write(path: string, content: string, mode: 'w' | 'x'): ExportEntry | null {
    if (this.pending?.path === path) {
      if (mode === 'w') this.pending.content = content;
      return null;
    }
    if (mode === 'x' && this.written.has(path)) return null;
    const done = this.pending;
    this.pending = { path, content };
    this.written.add(path);
    return done;
  }

  /** The last pending entry, at the end of the export. */
  flush(): ExportEntry | null {
    const done = this.pending;
    this.pending = null;
    return done;
  }
}
