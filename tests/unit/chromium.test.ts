import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { thisHost } from '../../scripts/lib/chromium-host.ts';
import { ChromiumMissing, DEBIAN_CHROMIUM, chromiumPlan, resolveChromium, type ChromiumHost } from '../../scripts/lib/chromium-plan.ts';
import { vi } from '../../src/i18n/vi.ts';

/** A machine with these executables (absolute paths), PATH commands, and user. */
function host({ files = [] as string[], path = {} as Record<string, string>, root = false, configured = undefined as string | undefined } = {}): ChromiumHost & { files: Set<string> } {
  const present = new Set(files);
  return {
    files: present,
    configured,
    exists: (file) => present.has(file),
    which: (command) => (path[command] && present.has(path[command]!) ? path[command] : undefined),
    isRoot: root,
  };
}
const APT = { 'apt-get': '/usr/bin/apt-get' };
const WITH_APT = ['/usr/bin/apt-get'];

describe('finding Chromium', () => {
  test('CHROMIUM_PATH first, even when Debian’s is there too', () => {
    const machine = host({ files: ['/opt/chromium/chrome', DEBIAN_CHROMIUM], configured: '/opt/chromium/chrome' });
    expect(chromiumPlan(machine)).toEqual({ action: 'use', path: '/opt/chromium/chrome' });
  });

  test('a CHROMIUM_PATH that is not there stops, naming it, rather than quietly using another browser', () => {
    const machine = host({ files: [DEBIAN_CHROMIUM, ...WITH_APT], path: APT, root: true, configured: '/opt/khong-co' });
    expect(chromiumPlan(machine)).toEqual({ action: 'stop', message: vi.chromium.configuredMissing('/opt/khong-co') });
  });

  test('then Debian’s /usr/bin/chromium, then chromium on PATH', () => {
    expect(chromiumPlan(host({ files: [DEBIAN_CHROMIUM, '/snap/bin/chromium'], path: { chromium: '/snap/bin/chromium' } }))).toEqual({ action: 'use', path: DEBIAN_CHROMIUM });
    expect(chromiumPlan(host({ files: ['/snap/bin/chromium'], path: { chromium: '/snap/bin/chromium' } }))).toEqual({ action: 'use', path: '/snap/bin/chromium' });
  });

  test('an empty CHROMIUM_PATH counts as unset', () => {
    expect(chromiumPlan(host({ files: [DEBIAN_CHROMIUM], configured: '' }))).toEqual({ action: 'use', path: DEBIAN_CHROMIUM });
  });
});

describe('without Chromium', () => {
  test('root with apt-get installs Debian’s package', () => {
    expect(chromiumPlan(host({ files: WITH_APT, path: APT, root: true }))).toEqual({ action: 'install' });
  });

  test('another user with apt-get is told the one sudo command', () => {
    const plan = chromiumPlan(host({ files: WITH_APT, path: APT, root: false }));
    expect(plan).toEqual({ action: 'stop', message: vi.chromium.sudo });
    expect(vi.chromium.sudo).toContain('sudo apt-get update && sudo apt-get install -y chromium');
  });

  test('a machine without apt-get, root or not, is told to point CHROMIUM_PATH at a Chromium', () => {
    for (const root of [true, false]) expect(chromiumPlan(host({ root }))).toEqual({ action: 'stop', message: vi.chromium.noApt });
    expect(vi.chromium.noApt).toContain('CHROMIUM_PATH=');
  });
});

describe('resolving, with an injected installer (apt never runs here)', () => {
  test('a found browser is used and nothing is installed', () => {
    let installs = 0;
    expect(resolveChromium(host({ files: [DEBIAN_CHROMIUM, ...WITH_APT], path: APT, root: true }), () => (installs++, true))).toBe(DEBIAN_CHROMIUM);
    expect(installs).toBe(0);
  });

  test('root with apt-get installs once, then uses /usr/bin/chromium', () => {
    const machine = host({ files: WITH_APT, path: APT, root: true });
    let installs = 0;
    const install = () => {
      installs++;
      machine.files.add(DEBIAN_CHROMIUM);
      return true;
    };
    expect(resolveChromium(machine, install)).toBe(DEBIAN_CHROMIUM);
    expect(installs).toBe(1);
  });

  test('a failed install, or one that leaves no browser, stops with the command to see why', () => {
    for (const install of [() => false, () => true]) {
      const machine = host({ files: WITH_APT, path: APT, root: true });
      expect(() => resolveChromium(machine, install)).toThrow(new ChromiumMissing(vi.chromium.installFailed));
    }
  });

  test('every stop is a ChromiumMissing with one plain message and no stack trace', () => {
    let installs = 0;
    try {
      resolveChromium(host({ files: WITH_APT, path: APT, root: false }), () => (installs++, true));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChromiumMissing);
      expect((error as Error).message).toBe(vi.chromium.sudo);
      expect((error as Error).stack).toBe(vi.chromium.sudo);
    }
    expect(installs).toBe(0);
  });
});

describe('this machine, as the finder sees it', () => {
  test('PATH lookup finds executables only, and CHROMIUM_PATH is read from the environment', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dien-hinh-path-'));
    const other = await mkdtemp(path.join(tmpdir(), 'dien-hinh-path-'));
    await writeFile(path.join(dir, 'chromium'), '#!/bin/sh\n');
    await chmod(path.join(dir, 'chromium'), 0o755);
    await writeFile(path.join(other, 'chromium'), 'not executable');
    const machine = thisHost({ PATH: [other, dir].join(path.delimiter), CHROMIUM_PATH: '/opt/x' });
    expect(machine.which('chromium')).toBe(path.join(dir, 'chromium'));
    expect(machine.which('khong-co-lenh-nay')).toBeUndefined();
    expect(machine.exists(path.join(other, 'chromium'))).toBe(false);
    expect(machine.exists(dir)).toBe(false);
    expect(machine.configured).toBe('/opt/x');
    expect(thisHost({ PATH: '' }).which('chromium')).toBeUndefined();
    expect(thisHost({ CHROMIUM_PATH: '' }).configured).toBeUndefined();
  });
});
