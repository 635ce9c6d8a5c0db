import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import CorrectionLink from '../../src/components/CorrectionLink.astro';
import { PRIVACY_APPROVALS_FILE } from '../../src/content-paths.ts';
import { CORRECTION_TEMPLATE, correctionUrl } from '../../src/lib/correction-url.ts';
import { gitRemoteUrl } from '../../src/lib/git-remote.ts';
import { REPO_URL } from '../../src/lib/repo-url.ts';
import { resolveRepoUrl } from '../../src/lib/resolve-repo-url.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

const read = (file: string) => readFileSync(path.resolve(file), 'utf8');
const yamlFile = (file: string) => parse(read(file), { uniqueKeys: true }) as Record<string, any>;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
  id?: string;
}

const WORKFLOWS = ['.github/workflows/kiem-tra.yml', '.github/workflows/trien-khai.yml', '.github/workflows/cap-ma.yml'];
const FORM = `.github/ISSUE_TEMPLATE/${CORRECTION_TEMPLATE}`;
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

const stepsOf = (workflow: Record<string, any>): Step[] =>
  Object.values(workflow.jobs as Record<string, { steps: Step[] }>).flatMap((job) => job.steps);

/** Index of the first step whose `run` contains the text, so order can be checked. */
const runIndex = (steps: Step[], text: string) => steps.findIndex((s) => s.run?.includes(text));

describe('.github workflows', () => {
  test('the ID job may only write contents, runs one at a time and writes only the manifest', () => {
    const workflow = yamlFile('.github/workflows/cap-ma.yml');
    expect(workflow.permissions).toEqual({ contents: 'write' });
    expect(workflow.concurrency).toMatchObject({ 'cancel-in-progress': false });
    expect(workflow.on.push).toMatchObject({ branches: ['main'] });
    const runs = stepsOf(workflow).flatMap((s) => (s.run ? [s.run] : []));
    expect(runs.some((r) => r.includes('npm run permalinks:assign'))).toBe(true);
    expect(scripts['permalinks:assign']).toBeDefined();
    const adds = runs.join('\n').match(/git add .*/g);
    expect(adds).toEqual(['git add content/data/permalinks.yaml']);
  });

  test('every action is pinned to a major version', () => {
    for (const file of WORKFLOWS) {
      const uses = stepsOf(yamlFile(file)).flatMap((s) => (s.uses ? [s.uses] : []));
      expect(uses.length, file).toBeGreaterThan(0);
      for (const action of uses) expect(action, file).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    }
  });

  test('every npm script a workflow runs exists in package.json', () => {
    for (const file of WORKFLOWS) {
      for (const step of stepsOf(yamlFile(file))) {
        for (const [, name] of step.run?.matchAll(/npm run ([\w:-]+)/g) ?? []) expect(scripts, `${file}: ${name}`).toHaveProperty(name!);
        if (step.run?.includes('npm test')) expect(scripts).toHaveProperty('test');
      }
    }
  });

  test('pull requests: npm ci, the content check, Chromium, the tests and the build, in that order', () => {
    const workflow = yamlFile('.github/workflows/kiem-tra.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = stepsOf(workflow);
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe('20');
    const order = ['npm ci', 'npm run check', 'apt-get install -y chromium', 'npm test', 'npm run build'].map((text) =>
      runIndex(steps, text),
    );
    expect(order.every((i) => i >= 0), order.join()).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Later steps still run after content errors, so one push shows every problem.
    for (const text of ['npm test', 'npm run build']) expect(steps[runIndex(steps, text)]?.if).toContain('!cancelled()');
    // The tests drive Debian's Chromium, as on the development machines.
    expect(Object.values(workflow.jobs as Record<string, any>)[0].container.image).toMatch(/^debian:/);
  });

  test('main: build for GitHub Pages under /<repository>/ and deploy it', () => {
    const workflow = yamlFile('.github/workflows/trien-khai.yml');
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = workflow.jobs.build.steps as Step[];
    const buildStep = build[runIndex(build, 'npm run build')]!;
    expect(runIndex(build, 'npm ci')).toBeLessThan(runIndex(build, 'npm run build'));
    expect(buildStep.env?.BASE_PATH).toContain("'/{0}/', github.event.repository.name");
    expect(buildStep.env?.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(buildStep.env?.REPO_URL).toBe('${{ github.server_url }}/${{ github.repository }}');
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(build.indexOf(upload!)).toBeGreaterThan(build.indexOf(buildStep));
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment.name).toBe('github-pages');
    expect((deploy.steps as Step[]).some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  test('npm run check prints the GitHub annotations the pull-request workflow relies on', async () => {
    const root = await makeContentRoot({ 'stories/a-b.mdx': storyText(validStory({ field: 'nong-nghep' })) });
    const result = await promisify(execFile)(path.resolve('node_modules/.bin/node'), ['scripts/check.ts'], {
      env: { ...process.env, CONTENT_DIR: root, GITHUB_ACTIONS: 'true' },
    }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stdout).toMatch(/^::error file=.*stories\/a-b\.mdx,line=7::field \(lĩnh vực\): Không có mã “nong-nghep”/m);
  });
});

describe('issue form "Đề nghị đính chính"', () => {
  const form = yamlFile(FORM);
  const fields = (form.body as { type: string; id?: string; attributes: Record<string, any>; validations?: { required?: boolean } }[]);
  const byId = new Map(fields.filter((f) => f.id).map((f) => [f.id!, f]));

  test('is a valid issue form: name, description, typed fields with unique ids and labels', () => {
    expect(form.name).toBe('Đề nghị đính chính');
    expect(form.description.length).toBeGreaterThan(10);
    const ids = fields.flatMap((f) => (f.id ? [f.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of fields) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(field.type);
      if (field.type === 'markdown') expect(field.attributes.value).toBeTruthy();
      else {
        expect(field.id).toMatch(/^[a-z0-9-]+$/);
        expect(field.attributes.label).toBeTruthy();
      }
    }
  });

  test('asks, all required: the profile, what is wrong, what is right, the evidence, and the organisation with its contact', () => {
    for (const id of ['url', 'thong-tin-sai', 'thong-tin-dung', 'can-cu', 'don-vi', 'lien-he']) {
      expect(byId.get(id)?.validations?.required, id).toBe(true);
    }
    expect(byId.get('url')?.attributes.label).toMatch(/Đường dẫn bài hoặc mã bài/);
    expect(byId.get('lien-he')?.attributes.description).toMatch(/Không ghi số điện thoại, thư điện tử cá nhân/);
    expect(fields[0]?.attributes.value).toMatch(/ai cũng đọc được/);
  });

  test('the chooser config parses and keeps the form reachable', () => {
    const config = yamlFile('.github/ISSUE_TEMPLATE/config.yml');
    expect(typeof config.blank_issues_enabled).toBe('boolean');
  });
});

describe('pull-request template', () => {
  const template = read('.github/pull_request_template.md');
  const items = template.split('\n').filter((line) => line.startsWith('- [ ] '));

  test('is a checklist covering facts, decisions, photo consent, privacy, summary length and sample: false', () => {
    expect(items.length).toBeGreaterThanOrEqual(10);
    for (const needle of [/đối chiếu với văn bản/, /số quyết định/, /đồng ý cho đăng/, /1200 điểm ảnh/, /căn cước/, /50–300 ký tự/, /`sample: false`/, /không đổi tên tệp/]) {
      expect(items.some((item) => needle.test(item)), String(needle)).toBe(true);
    }
  });
});

describe('CODEOWNERS', () => {
  /** Path patterns with their owners, comments and blank lines left out. */
  const rules = read('.github/CODEOWNERS')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map((line) => line.trim().split(/\s+/));

  test('only the editorial board approves privacy exceptions, and the owners file itself', () => {
    for (const path of [`/content/${PRIVACY_APPROVALS_FILE}`, '/.github/CODEOWNERS']) {
      // GitHub applies the last matching pattern; these are exact paths, listed once.
      const matching = rules.filter(([pattern]) => pattern === path);
      expect(matching, path).toHaveLength(1);
      expect(matching[0]!.slice(1), path).toEqual(['@ban-bien-tap']);
    }
    expect(existsSync(path.join('content', PRIVACY_APPROVALS_FILE))).toBe(true);
  });
});

describe('CorrectionLink', () => {
  test('REPO_URL is what this environment and checkout resolve to, without a trailing slash', () => {
    expect(REPO_URL).toBe(resolveRepoUrl(process.env, gitRemoteUrl));
    expect(REPO_URL).toMatch(/^https:\/\/\S+[^/]$/);
  });

  test('links to the correction form, prefilled with the title and the profile address', () => {
    const href = new URL(correctionUrl({ title: 'Bác sĩ Phạm Minh Đức', url: 'https://a.example/dien-hinh/pham-minh-duc/' }, 'https://github.com/so-tt/dien-hinh/'));
    expect(href.origin + href.pathname).toBe('https://github.com/so-tt/dien-hinh/issues/new');
    expect(href.searchParams.get('template')).toBe('de-nghi-dinh-chinh.yml');
    expect(href.searchParams.get('title')).toBe('Đính chính: Bác sĩ Phạm Minh Đức');
    expect(href.searchParams.get('url')).toBe('https://a.example/dien-hinh/pham-minh-duc/');
    // Every prefilled parameter but the title is a field of the form, and the form exists.
    expect(existsSync(FORM)).toBe(true);
    const formIds = new Set((yamlFile(FORM).body as { id?: string }[]).map((f) => f.id));
    for (const key of href.searchParams.keys()) if (!['template', 'title'].includes(key)) expect(formIds).toContain(key);
  });

  test('renders a plain link with the absolute profile address on the canonical site', async () => {
    const container = await AstroContainer.create({ astroConfig: { site: 'https://dien-hinh.example' } });
    const html = await container.renderToString(CorrectionLink, {
      props: { story: { slug: 'pham-minh-duc', title: 'Bác sĩ "Đức" & đồng nghiệp' } },
    });
    expect(html).toContain('>Đề nghị đính chính</a>');
    const href = /href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const url = new URL(href!);
    expect(url.href.startsWith(`${REPO_URL}/issues/new?`)).toBe(true);
    expect(url.searchParams.get('url')).toBe('https://dien-hinh.example/dien-hinh/pham-minh-duc/');
    expect(url.searchParams.get('title')).toBe('Đính chính: Bác sĩ "Đức" & đồng nghiệp');
    expect(html).not.toMatch(/<script/);
  });
});
