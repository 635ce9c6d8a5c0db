/**
 * `npm run new-story`: creates a story skeleton in the content root (CONTENT_DIR,
 * default ./content) from answers or flags. `npm run new-story -- --help` explains.
 */
import { newStory } from './lib/new-story.ts';

process.exitCode = await newStory({
  argv: process.argv.slice(2),
  input: process.stdin,
  output: process.stdout,
  errors: process.stderr,
});
