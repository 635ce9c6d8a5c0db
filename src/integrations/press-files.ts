import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { setPressFileSink, type PressFile } from '../lib/press-files.ts';
import type { PressWorkerData, PressWorkerReply } from '../lib/press-worker.ts';

/**
 * Writes each profile's og.png or og.jpg, anh-bia.jpg, qr.svg and ban-tin.txt in a worker thread
 * during the build, so the second core draws cards while the first renders pages. The routes hand
 * their files over from getStaticPaths (src/lib/press-files.ts); this waits for the last
 * one in astro:build:done, after the search index (integrations run in order), and
 * stops the build if any file failed.
 */
export function pressFiles(): AstroIntegration {
  let outDir = '';
  let site = '';
  let worker: Worker | undefined;
  let sent = 0;
  let written = 0;
  const failures: string[] = [];
  let settle: (() => void) | undefined;
  let crashed: Error | undefined;
  /** When the pages were written and when the last press file was: for the build log (and `npm run bench`). */
  let pagesDone = 0;
  let lastWritten = 0;

  const start = () => {
    const w = new Worker(fileURLToPath(new URL('../lib/press-worker.ts', import.meta.url)), { workerData: { outDir } satisfies PressWorkerData });
    w.on('message', (reply: PressWorkerReply) => {
      if ('failed' in reply) failures.push(`${reply.failed}: ${reply.message}`);
      else written += reply.done;
      if (written === sent) {
        lastWritten = performance.now();
        settle?.();
      }
    });
    w.on('error', (error) => {
      crashed = error;
      settle?.();
    });
    w.on('exit', (code) => {
      // Stopped before its work was done (terminate() after the last file does not count).
      if (written < sent && !crashed) crashed = new Error(`Press files: the worker stopped (exit code ${code}) with ${sent - written} files unwritten`);
      settle?.();
    });
    // Never keeps a failed build alive; a good one waits in astro:build:done.
    w.unref();
    return w;
  };

  return {
    name: 'dien-hinh:press-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        site = config.site ?? '';
      },
      'astro:build:start': () => {
        const seen = new Set<string>();
        setPressFileSink({
          site,
          add(files: PressFile[]) {
            // getStaticPaths may run more than once; each file is written once.
            const fresh = files.filter((f) => !seen.has(f.file) && seen.add(f.file));
            if (!fresh.length) return;
            worker ??= start();
            sent += fresh.length;
            worker.postMessage(fresh);
          },
        });
      },
      'astro:build:generated': () => {
        pagesDone = performance.now();
      },
      'astro:build:done': async ({ logger }) => {
        setPressFileSink(undefined);
        // The worker is unref'd so a failed build never hangs on it; while this hook waits
        // for it, it must keep the process alive, or Node ends the build (exit code 0)
        // with the last cards unwritten as soon as nothing else is pending.
        worker?.ref();
        if (worker && written < sent && !crashed) await new Promise<void>((resolve) => (settle = resolve));
        await worker?.terminate();
        if (crashed) throw crashed;
        if (failures.length) throw new Error(`Press files failed:\n${failures.join('\n')}`);
        const lag = (lastWritten - pagesDone) / 1000;
        const when = !written || lag <= 0 ? 'done before the pages' : `last one ${lag.toFixed(1)} s after the pages`;
        logger.info(`Press files: ${written} (og.png, og.jpg, anh-bia.jpg, qr.svg, ban-tin.txt), ${when}`);
      },
    },
  };
}
