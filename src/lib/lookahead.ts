/**
 * Wraps slow asynchronous work on a known, ordered list so that asking for one item
 * also starts the next `ahead` items. Astro renders a route's paths one after another,
 * in getStaticPaths order; with the next cards already drawing in sharp's thread pool,
 * the build's second core works while the first writes files. Asked out of order, it
 * still answers correctly: an item not started yet is started then.
 */
export function lookahead<T, R>(items: readonly T[], key: (item: T) => string, work: (item: T) => Promise<R>, ahead: number) {
  const index = new Map(items.map((item, i) => [key(item), i]));
  const started = new Map<number, Promise<R>>();
  const start = (i: number) => {
    if (i >= items.length || started.has(i)) return;
    const promise = work(items[i]!);
    // Marked as handled now; whoever asks for the item still gets the rejection.
    promise.catch(() => {});
    started.set(i, promise);
  };
  return (item: T): Promise<R> => {
    const i = index.get(key(item));
    if (i === undefined) return work(item);
    for (let j = i; j <= i + ahead; j++) start(j);
    const promise = started.get(i)!;
    started.delete(i);
    return promise;
  };
}
