import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/**
 * A loader that keeps drafts out of the collection altogether, not just off the pages.
 * Astro bundles the images and MDX of every entry in a collection: a draft's cover and
 * body photos were copied into dist/_astro/ unchanged (EXIF and GPS included), though no
 * page showed them. A draft never reaches the store here, in a build or in `astro dev`
 * (whose file watcher stores changed entries through the same `set`). lib/published.ts
 * still filters the site model, as a second guard.
 */
export function withoutDrafts(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const setUnlessDraft: Store['set'] = (entry) => {
        if ((entry.data as { draft?: unknown }).draft !== true) return context.store.set(entry);
        context.store.delete(entry.id);
        return false;
      };
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') return setUnlessDraft;
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, store });
    },
  };
}
