/**
 * The content check a build is running in a worker thread (src/integrations/content-check.ts),
 * for the story loader. The loader lives in Vite's module graph and the integration in
 * the config's, so they share only the global object.
 */
const PENDING = Symbol.for('dien-hinh.content-check');

type Holder = { [PENDING]?: Promise<void> };

/** Records the running check: it resolves when the content passed (on a failure it stops the build). */
export function setPendingCheck(check: Promise<void>): void {
  (globalThis as Holder)[PENDING] = check;
}

/**
 * Waits for the running check, if any. The loader calls this before it stops a build over
 * a story it cannot read, so a writer sees the check's whole report, never the loader's
 * first complaint.
 */
export function pendingCheck(): Promise<void> {
  return (globalThis as Holder)[PENDING] ?? Promise.resolve();
}
