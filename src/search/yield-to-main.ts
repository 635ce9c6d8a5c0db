/**
 * Lets the browser run other tasks (input, rendering) before the caller goes on: the
 * rest of the caller runs in a task of its own, not in the one it was called from.
 * A phone's main thread then does not hold one long task for work that comes in steps
 * (the search page: Pagefind's script evaluated, then set up), which is what Lighthouse
 * counts as blocking time. `scheduler.yield()` where the browser has it
 * (the continuation keeps its priority), else a zero-delay timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
