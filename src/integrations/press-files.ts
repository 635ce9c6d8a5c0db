import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { checkedContent, earlyOgCards, type EarlyOgCard } from '../lib/early-og-cards.ts';
import { setPressFileSink, type PressFile } from '../lib/press-files.ts';
import type { PressWorkerData, PressWorkerReply } from '../lib/press-worker.ts';

/**
 * Worker threads drawing press files: one per core (at most four). With one, 10,000 cards
 * drawn after the pages kept a single core busy for minutes while the other idled.
 */
const WORKERS = Math.max(1, Math.min(4, availableParallelism()));

/** Files handed to one worker at a time: the workers share a large batch in slices. */
const SLICE = 32;

/**
 * Draws the flat cards of the content the check has just read (src/lib/early-og-cards.ts)
 * into the card cache in a low-priority process (src/lib/og-warm.ts), in the reverse of the
 * order the routes will hand them over, so the workers and it meet near the end.
 */
function warmCards(cards: readonly EarlyOgCard[]): ChildProcess {
  const list = path.join(tmpdir(), `dien-hinh-og-warm-${process.pid}.json`);
  writeFileSync(list, JSON.stringify(cards.toReversed()));
  const child = spawn(process.execPath, [fileURLToPath(new URL('../lib/og-warm.ts', import.meta.url)), list], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Never keeps the build alive; stopped when the press files are written, or with the build.
  child.unref();
  const stop = () => child.kill();
  process.once('exit', stop);
  child.once('exit', () => process.off('exit', stop));
  return child;
}

/**
 * Writes each profile's og.png or og.jpg, anh-bia.jpg, qr.svg, ban-tin.txt and (without a cover) embed card in worker threads
 * during the build, so other cores draw cards while the main thread renders pages. The routes hand
 * their files over from getStaticPaths (src/lib/press-files.ts); this waits for the last
 * one in astro:build:done, after the search index (integrations run in order), and
 * stops the build if any file failed. Before that, as soon as the config is done, a
 * low-priority process starts drawing the flat cards of the content the check has just
 * read into the card cache ({@link warmCards}): content sync and bundling often leave a
 * core idle, and the pages phase ended with both cores still drawing cards for 6–10 s.
 */
export function pressFiles(): AstroIntegration {
  let outDir = '';
  let site = '';
  let workers: Worker[] = [];
  let next = 0;
  let warm: ChildProcess | undefined;
  let sent = 0;
  let written = 0;
  /** Cards handed to the warm-up, and the routes' og cards found already drawn in the cache. */
  let early = 0;
  let drawnEarly = 0;
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
      else {
        written += reply.done;
        drawnEarly += reply.drawnEarly;
      }
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
      if (written < sent && !crashed) crashed = new Error(`Press files: a worker stopped (exit code ${code}) with ${sent - written} files unwritten`);
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
        // Set by the content check in `astro build` only.
        const checked = checkedContent();
        if (!checked || warm) return;
        const cards = earlyOgCards(checked);
        if (!cards.length) return;
        early = cards.length;
        warm = warmCards(cards);
      },
      'astro:build:start': () => {
        const seen = new Set<string>();
        setPressFileSink({
          site,
          add(files: PressFile[]) {
            // getStaticPaths may run more than once; each file is written once.
            const fresh = files.filter((f) => !seen.has(f.file) && seen.add(f.file));
            if (!fresh.length) return;
            if (!workers.length) workers = Array.from({ length: WORKERS }, start);
            sent += fresh.length;
            for (let i = 0; i < fresh.length; i += SLICE) workers[next++ % workers.length]!.postMessage(fresh.slice(i, i + SLICE));
          },
        });
      },
      'astro:build:generated': () => {
        pagesDone = performance.now();
      },
      'astro:build:done': async ({ logger }) => {
        setPressFileSink(undefined);
        // Workers are unref'd so a failed build never hangs on them; while this hook waits
        // for them, they must keep the process alive, or Node ends the build (exit code 0)
        // with the last cards unwritten as soon as nothing else is pending.
        for (const w of workers) w.ref();
        if (workers.length && written < sent && !crashed) await new Promise<void>((resolve) => (settle = resolve));
        await Promise.all(workers.map((w) => w.terminate()));
        warm?.kill();
        if (crashed) throw crashed;
        if (failures.length) throw new Error(`Press files failed:\n${failures.join('\n')}`);
        const lag = (lastWritten - pagesDone) / 1000;
        const when = !written || lag <= 0 ? 'done before the pages' : `last one ${lag.toFixed(1)} s after the pages`;
        const ahead = early ? `; ${drawnEarly} of ${early} cards found drawn ahead` : '';
        logger.info(`Press files: ${written} (og.png, og.jpg, anh-bia.jpg, qr.svg, ban-tin.txt, nhung/index.html), ${when}${ahead}`);
      },
    },
  };
}
