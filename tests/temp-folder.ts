import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Set while a test run's temp folder exists, so a second project's setup reuses it. */
const MARK = 'DIEN_HINH_TEST_TMPDIR';

/**
 * One temp folder for the whole test run, deleted when it ends. Tests, the builds they
 * spawn and the browsers they launch all make their temp files through TMPDIR (Node's
 * `os.tmpdir()`, Chromium's profiles), so content roots, built sites and caches no longer
 * pile up in /tmp run after run. Set TMPDIR before the workers start; they inherit it.
 */
export default function setup() {
  if (process.env[MARK]) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'dien-hinh-tests-'));
  process.env[MARK] = dir;
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
  };
}
