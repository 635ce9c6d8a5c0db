import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { CheckWorkerData, CheckWorkerReply } from '../content-rules/check-worker.ts';
import { checkContent } from '../content-rules/check-content.ts';
import { setPendingCheck } from '../content-rules/pending-check.ts';
import type { Problem } from '../content-rules/problem.ts';
import { formatAnnotation, formatReport } from '../content-rules/report.ts';
import { contentRoot } from '../content-paths.ts';
import { checkText } from '../i18n/check.ts';

/** Checks the content root in a worker thread: the same rules as `npm run check`. */
function checkInWorker(root: string): Promise<{ problems: Problem[]; stories: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL('../content-rules/check-worker.ts', import.meta.url)), {
      workerData: { root, cwd: process.cwd() } satisfies CheckWorkerData,
    });
    worker.once('message', (reply: CheckWorkerReply) => {
      if ('crashed' in reply) reject(new Error(reply.crashed));
      else resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Content check: the worker stopped (exit code ${code}) without a result`)));
  });
}

/** Content mistakes are the writer's to fix, not a crash: prints the report alone (no stack trace, no English wrapper) and stops the build. */
function stopBuild(logger: AstroIntegrationLogger, problems: Problem[]): never {
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(formatAnnotation(p));
  logger.error(`\n${formatReport(problems)}\n${checkText.buildStopped}`);
  process.exit(1);
}

/**
 * Runs the same content rules as `npm run check` before every build, so a build
 * can never pass on content that `check` rejects. A build checks in a worker thread
 * while Astro reads the content (two cores instead of one, ~2 s of 1,000 stories) and
 * waits for the verdict before anything is bundled or written. In dev it only warns,
 * so the writer can keep previewing while fixing.
 */
export function contentCheck(): AstroIntegration {
  let pending: Promise<void> | undefined;
  return {
    name: 'dien-hinh:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Vitest loads this config for component tests; those test the rules directly.
        if (process.env.VITEST) return;
        if (command === 'dev') {
          const { problems, stories } = await checkContent(contentRoot());
          if (problems.length === 0) logger.info(checkText.allGood(stories.size));
          else logger.warn(`\n${formatReport(problems)}`);
          return;
        }
        pending = checkInWorker(contentRoot()).then(({ problems, stories }) => {
          if (problems.length > 0) stopBuild(logger, problems);
          logger.info(checkText.allGood(stories));
        });
        setPendingCheck(pending);
      },
      'astro:build:start': async () => {
        await pending;
      },
    },
  };
}
