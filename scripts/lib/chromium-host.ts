import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { vi } from '../../src/i18n/vi.ts';
import type { ChromiumHost } from './chromium-plan.ts';

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** This machine, as the Chromium finder sees it. */
export function thisHost(env: NodeJS.ProcessEnv = process.env): ChromiumHost {
  return {
    configured: env.CHROMIUM_PATH || undefined,
    exists: executable,
    which: (command) => (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, command)).find(executable),
    isRoot: process.getuid?.() === 0,
  };
}

/** Installs Debian's chromium package, showing apt-get's output; true when both steps succeeded. */
export function aptInstallChromium(): boolean {
  console.error(vi.chromium.installing);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    if (spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status !== 0) return false;
  }
  return true;
}
