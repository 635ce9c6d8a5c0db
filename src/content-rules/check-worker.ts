/**
 * Worker thread of src/integrations/content-check.ts: checks a content root as
 * `npm run check` does and posts the problems back. Loaded by Node itself (type
 * stripping), not by Vite, so it imports only plain modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check-content.ts';
import type { Problem } from './problem.ts';

export interface CheckWorkerData {
  root: string;
  cwd: string;
}
export type CheckWorkerReply = { problems: Problem[]; stories: number } | { crashed: string };

const { root, cwd } = workerData as CheckWorkerData;
try {
  const { problems, stories } = await checkContent(root, cwd);
  parentPort!.postMessage({ problems, stories: stories.size } satisfies CheckWorkerReply);
} catch (error) {
  parentPort!.postMessage({ crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CheckWorkerReply);
}
