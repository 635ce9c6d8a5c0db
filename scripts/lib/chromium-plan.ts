import { vi } from '../../src/i18n/vi.ts';

/** Where Debian's chromium package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** What the finder needs to know about the machine; injected so the decision can be tested. */
export interface ChromiumHost {
  /** CHROMIUM_PATH, when set. */
  configured?: string | undefined;
  /** Whether an executable file is there. */
  exists(file: string): boolean;
  /** The executable a command name runs from PATH, if any. */
  which(command: string): string | undefined;
  /** Running as root, so apt-get may install. */
  isRoot: boolean;
}

export type ChromiumPlan = { action: 'use'; path: string } | { action: 'install' } | { action: 'stop'; message: string };

/**
 * Which Chromium to run, or what to do without one: CHROMIUM_PATH (and nothing else when it
 * is set: a wrong path is the user's to fix), then Debian's /usr/bin/chromium, then `chromium`
 * on PATH. None: install Debian's when running as root with apt-get; otherwise stop with the
 * one command to run. Never a download of some other browser.
 */
export function chromiumPlan(host: ChromiumHost): ChromiumPlan {
  const t = vi.chromium;
  if (host.configured) {
    return host.exists(host.configured) ? { action: 'use', path: host.configured } : { action: 'stop', message: t.configuredMissing(host.configured) };
  }
  if (host.exists(DEBIAN_CHROMIUM)) return { action: 'use', path: DEBIAN_CHROMIUM };
  const onPath = host.which('chromium');
  if (onPath) return { action: 'use', path: onPath };
  if (!host.which('apt-get')) return { action: 'stop', message: t.noApt };
  return host.isRoot ? { action: 'install' } : { action: 'stop', message: t.sudo };
}

/**
 * The browser's path, installing it first when the plan says so (`install` runs apt-get and
 * says whether it succeeded). Throws {@link ChromiumMissing} with a plain message otherwise.
 */
export function resolveChromium(host: ChromiumHost, install: () => boolean): string {
  let plan = chromiumPlan(host);
  if (plan.action === 'install') {
    const installed = install();
    plan = chromiumPlan(host);
    if (!installed || plan.action !== 'use') plan = { action: 'stop', message: vi.chromium.installFailed };
  }
  if (plan.action === 'stop') throw new ChromiumMissing(plan.message);
  return plan.path;
}

/** No Chromium and nothing this process can do about it; the message says what to run. */
export class ChromiumMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumMissing';
    // One plain message: the stack of the finder helps nobody install a browser.
    this.stack = message;
  }
}
