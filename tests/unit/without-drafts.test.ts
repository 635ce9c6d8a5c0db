import type { Loader, LoaderContext } from 'astro/loaders';
import { expect, test } from 'vitest';
import { withoutDrafts } from '../../src/without-drafts.ts';

/** A store like Astro's, keeping what is set; its methods need their own `this`. */
class FakeStore {
  #entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  set(entry: { id: string; data: Record<string, unknown> }) {
    this.#entries.set(entry.id, entry);
    return true;
  }
  delete(id: string) {
    this.#entries.delete(id);
  }
  keys() {
    return [...this.#entries.keys()];
  }
}

test('drafts never reach the collection, in the first load or when a published story becomes a draft', async () => {
  const store = new FakeStore();
  const results: boolean[] = [];
  const inner: Loader = {
    name: 'glob',
    load: async ({ store: s }) => {
      results.push(s.set({ id: 'da-dang', data: { draft: false } }));
      results.push(s.set({ id: 'ban-nhap', data: { draft: true } }));
      results.push(s.set({ id: 'mac-dinh', data: {} }));
      // What astro dev's watcher does when a writer marks a story as a draft.
      results.push(s.set({ id: 'da-dang', data: { draft: true } }));
      expect(s.keys()).toEqual(['mac-dinh']);
    },
  };
  const loader = withoutDrafts(inner);
  expect(loader.name).toBe('glob');
  await loader.load({ store } as unknown as LoaderContext);
  expect(results).toEqual([true, false, true, false]);
  expect(store.keys()).toEqual(['mac-dinh']);
});
