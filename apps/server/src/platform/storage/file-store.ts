import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors';

/** Characters kept in stored file names; everything else becomes `_`. */
const UNSAFE = /[^A-Za-z0-9._-]+/g;

/**
 * Uploaded files on local disk under `<dataDir>/media/upload/<projectId>/`, served at
 * `/data/upload/<projectId>/<name>` as Label Studio does.
 */
export class FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Streams an upload to disk; stops with 413 past `maxBytes` and leaves nothing behind. */
  async save(
    projectId: number,
    originalName: string,
    source: Readable,
    maxBytes: number,
  ): Promise<{ file: string; size: number }> {
    const base = path.basename(originalName).replace(UNSAFE, '_').replace(/^\.+/, '') || 'file';
    const file = `${projectId}/${crypto.randomBytes(4).toString('hex')}-${base.slice(-120)}`;
    const target = this.resolve(file);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    let size = 0;
    let tooBig = false;
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes && !tooBig) {
        tooBig = true;
        source.destroy(
          new AppError(
            413,
            'file_too_large',
            `${originalName} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB upload limit`,
          ),
        );
      }
    });
    try {
      await pipeline(source, fs.createWriteStream(target));
    } catch (e) {
      await fsp.rm(target, { force: true });
      // @fastify/multipart marks a file cut off at its own limit as truncated and raises this error.
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new AppError(413, 'file_too_large', `${originalName} is larger than the upload limit`);
      }
      throw e;
    }
    // @fastify/multipart ends a file at its size limit and marks the stream truncated.
    if ((source as { truncated?: boolean }).truncated) {
      await fsp.rm(target, { force: true });
      throw new AppError(413, 'file_too_large', `${originalName} is larger than the upload limit`);
    }
    return { file, size };
  }

  /** Absolute path of a stored file; refuses anything that would leave the store. */
  resolve(file: string): string {
    const full = path.resolve(this.root, file);
    if (!full.startsWith(this.root + path.sep)) throw new AppError(404, 'not_found', 'Not found.');
    return full;
  }

  /** The URL tasks use to reference a stored file. */
  url(file: string): string {
    return `/data/upload/${file}`;
  }

  open(file: string): Readable {
    return fs.createReadStream(this.resolve(file));
  }

  async remove(file: string): Promise<void> {
    await fsp.rm(this.resolve(file), { force: true });
  }
}
