/**
 * Worker thread of src/integrations/press-files.ts: writes the press files it is sent
 * into the build's output folder, one at a time, and reports each batch done. Loaded by
 * Node itself (type stripping), not by Vite, so it imports only plain modules.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readCheckedBody } from '../content-rules/read-story.ts';
import { coverJpeg } from './cover-jpeg.ts';
import { UTF8_BOM } from './csv.ts';
import { ogImage } from './og-image.ts';
import type { PressFile } from './press-files.ts';
import { qrSvg } from './qr-svg.ts';
import { radioText } from './radio-text.ts';

export interface PressWorkerData {
  outDir: string;
}
/** `drawnEarly`: flat og cards of this batch found in the card cache (drawn ahead by src/lib/og-warm.ts, or by an earlier build). */
export type PressWorkerReply = { done: number; drawnEarly: number } | { failed: string; message: string };

const { outDir } = workerData as PressWorkerData;

/**
 * This thread yields the CPU to Astro's: rendering pages is the build's critical path,
 * press files only have to be written by its end. On Linux the "process" 0 of
 * setpriority is the calling thread, so only this worker is niced (elsewhere it would
 * be the whole build, so it is left alone).
 */
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // Not allowed here: run at normal priority.
  }
}

async function contents(file: PressFile, onCached: () => void): Promise<Uint8Array | string> {
  switch (file.kind) {
    case 'og':
      return ogImage(file.card, file.coverPath, file.format, undefined, onCached);
    case 'cover':
      return coverJpeg(file.sourcePath);
    case 'qr':
      return qrSvg(file.url);
    case 'radio':
      return `${UTF8_BOM}${radioText(file.story, await readCheckedBody(file.storyPath, file.textDigest), file.url).text}`;
    case 'text':
      return file.text;
  }
}

/**
 * Files being written while the next is made. One at a time, each file waited for its
 * folder and its write (two trips through libuv's thread pool) before the next began:
 * 4,000 small files took 1–2.5 s of waiting, most of a rebuild's press files once the
 * cards come from the cache. The contents are still made one after another.
 */
const WRITES_IN_FLIGHT = 8;
/** Folders this worker has made: a profile's four files share one. */
const folders = new Set<string>();

const report = (file: PressFile, error: unknown) =>
  parentPort!.postMessage({ failed: file.file, message: error instanceof Error ? error.message : String(error) } satisfies PressWorkerReply);

async function write(file: PressFile, data: Uint8Array | string): Promise<void> {
  const target = path.join(outDir, file.file);
  const folder = path.dirname(target);
  if (!folders.has(folder)) {
    await mkdir(folder, { recursive: true });
    folders.add(folder);
  }
  await writeFile(target, data);
}

/** Batches are written in the order they arrive; the port queues them meanwhile. */
let queue = Promise.resolve();

parentPort!.on('message', (files: PressFile[]) => {
  queue = queue.then(async () => {
    let drawnEarly = 0;
    const writing = new Set<Promise<void>>();
    for (const file of files) {
      try {
        // Only flat cards are drawn ahead (src/lib/early-og-cards.ts); a cover card found here was drawn by an earlier build.
        const data = await contents(file, () => (drawnEarly += file.kind === 'og' && file.format === 'png' ? 1 : 0));
        const done: Promise<void> = write(file, data)
          .catch((error: unknown) => report(file, error))
          .finally(() => writing.delete(done));
        writing.add(done);
        if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
      } catch (error) {
        report(file, error);
      }
    }
    await Promise.all(writing);
    parentPort!.postMessage({ done: files.length, drawnEarly } satisfies PressWorkerReply);
  });
});
