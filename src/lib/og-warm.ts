/**
 * `node src/lib/og-warm.ts <cards.json>`: draws flat og cards into the card cache, at the
 * lowest CPU priority, while `astro build` syncs content and bundles (started by
 * src/integrations/press-files.ts). Run as a process of its own so that every thread of it
 * (Node's, libuv's, libvips's) yields to the build's: in the build's own process its
 * drawing held up the content sync's file reads. The press-files workers later find the
 * cards in the cache; a card they reach first they draw themselves, so the file holds the
 * cards in the reverse of the workers' order. Loaded by Node itself (type stripping).
 */
import { setPriority } from 'node:os';

// First, before libuv's and libvips's threads exist: a thread inherits the priority of the one that makes it.
try {
  setPriority(0, 19);
} catch {
  // Not allowed here: run at normal priority.
}

const { readFile, rm } = await import('node:fs/promises');
const { ogImage } = await import('./og-image.ts');
const cards = JSON.parse(await readFile(process.argv[2]!, 'utf8')) as import('./early-og-cards.ts').EarlyOgCard[];
await rm(process.argv[2]!, { force: true });
// Asked to stop (the press files are all written): after the card in hand, never halfway through its file.
let stopping = false;
process.on('SIGTERM', () => (stopping = true));
for (const { card } of cards) {
  if (stopping) break;
  try {
    await ogImage(card, undefined, 'png');
  } catch {
    // The route's own job draws it again and reports the failure.
  }
}
