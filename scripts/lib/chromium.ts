import { chromium, type Browser } from 'playwright-core';
import { aptInstallChromium, thisHost } from './chromium-host.ts';
import { ChromiumMissing, resolveChromium } from './chromium-plan.ts';

/**
 * The Chromium every browser task uses (tests, screenshots, audit, search benchmarks):
 * CHROMIUM_PATH, Debian's /usr/bin/chromium or `chromium` on PATH; installed with apt-get
 * when running as root on Debian; otherwise a ChromiumMissing error naming the command to
 * run. Nothing here ever downloads a browser.
 */
export function ensureChromium(): string {
  return resolveChromium(thisHost(), aptInstallChromium);
}

/** For command-line scripts: the browser's path, or its one plain message and exit code 1. */
export function chromiumOrExit(): string {
  try {
    return ensureChromium();
  } catch (error) {
    if (!(error instanceof ChromiumMissing)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Starts headless Chromium with the flags this sandbox needs. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
