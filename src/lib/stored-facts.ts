/**
 * What the content loader keeps with each story's HTML, besides Astro's own fields
 * (src/loaders/stories.ts): counted from the MDX source, which the store does not keep.
 */
export interface StoredFacts {
  /** Syllables the radio bulletin reads from the story's body (`bodySyllables`, src/lib/radio-text.ts). */
  bodySyllables: number;
  /** `storyDigest` of the story file's text as the loader checked it: a later reading must match. */
  textDigest: string;
}

/** The facts of a stored story; an entry without them (not from our loader) stops the build, named. */
export function storedFacts(entry: { id: string; rendered?: { metadata?: Record<string, unknown> } }): StoredFacts {
  const metadata = entry.rendered?.metadata;
  const { bodySyllables, textDigest } = metadata ?? {};
  if (typeof bodySyllables !== 'number' || typeof textDigest !== 'string') {
    throw new Error(`Story ${entry.id}: the content store holds no body syllables or text digest (src/loaders/stories.ts).`);
  }
  return { bodySyllables, textDigest };
}
