/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build tests run `astro build` in child processes; give them time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Build tests each use their own content root, cache and output folder, but
    // two Astro builds at once on 2 cores are slower than one after the other.
    fileParallelism: false,
  },
});
