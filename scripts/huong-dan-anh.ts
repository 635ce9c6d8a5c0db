/**
 * Makes the pictures of CONTRIBUTING.md into docs/huong-dan/, with Debian's Chromium
 * (nothing downloads a browser): the check's real output on a story with typical
 * mistakes, a real `npm run new-story` session, and a profile page of the built
 * sample site at desktop and phone widths. Terminal text is rendered as a small
 * HTML page and photographed. Run: node scripts/huong-dan-anh.ts (about a minute:
 * it builds the site into a temp folder first).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../src/content-paths.ts';
import { buildContentRoot } from './lib/build.ts';
import { launchChromium } from './lib/chromium.ts';
import { newStory } from './lib/new-story.ts';
import { serveStatic } from './lib/static-server.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(PROJECT, 'docs/huong-dan');
const NODE = path.join(PROJECT, 'node_modules/.bin/node');
const PROFILE = process.env.PROFILE || '/dien-hinh/le-van-hung/';

/** A story with the mistakes press officers make most, for the check's picture. */
const BROKEN_STORY = `---
title: "Ông Nguyễn Văn Mẫu giữ nghề dệt chiếu"
subject:
  kind: ca-nhan
  name: "Nguyễn Văn Mẫu"
  role: "Thợ dệt chiếu, điện thoại 0912 345 678"
field: nong-nghiep
locality: hai hau
awards:
  - award: co-thi-dua-ubnd-tinh
    year: 2023
summary: "Giữ nghề dệt chiếu truyền thống."
published: 2024-03-15
draft: false
sample: false
---

Câu chuyện về người thợ dệt chiếu.
`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A terminal-looking page: the command in green, then the output as it was printed. */
function terminalPage(command: string, output: string): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
  body { margin: 0; background: #eef1f4; font: 15px/1.45 "Liberation Mono"; }
  .term { display: inline-block; margin: 16px; padding: 14px 18px 18px; background: #1e2329; color: #e6e6e6;
    border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); max-width: 1180px; }
  .bar { color: #8a949e; font-size: 12px; margin-bottom: 10px; }
  pre { margin: 0; white-space: pre-wrap; word-break: break-word; font: inherit; }
  /* No generic fallback: with one, Chromium mixes fonts inside Vietnamese letters. */
  .cmd { color: #7ee787; } .you { color: #79c0ff; }
  </style><body><div class="term"><div class="bar">Cửa sổ dòng lệnh (Terminal)</div><pre><span class="cmd">$ ${escapeHtml(command)}</span>
${output}</pre></div></body></html>`;
}

/** A temp folder laid out like the repository: content/ with the real vocabularies and no story. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'huong-dan-'));
  await cp(path.join(contentRoot(), 'data'), path.join(dir, 'content/data'), { recursive: true });
  // The real manifest names the sample stories, which are not copied: start it empty.
  await writeFile(path.join(dir, 'content/data/permalinks.yaml'), '[]\n');
  await mkdir(path.join(dir, 'content/stories'), { recursive: true });
  return dir;
}

/** `npm run check` on a story with mistakes: its real output, exit code included. */
async function checkOutput(): Promise<string> {
  const dir = await workspace();
  await writeFile(path.join(dir, 'content/stories/nguyen-van-mau.mdx'), BROKEN_STORY);
  const child = spawn(NODE, [path.join(PROJECT, 'scripts/check.ts')], {
    cwd: dir,
    env: { ...process.env, CONTENT_DIR: 'content', GITHUB_ACTIONS: '' },
  });
  let text = '';
  child.stdout.on('data', (chunk) => (text += chunk));
  child.stderr.on('data', (chunk) => (text += chunk));
  await new Promise((resolve) => child.on('close', resolve));
  return escapeHtml(text.trimEnd());
}

/** A real `npm run new-story` conversation; each answer is shown where it was typed. */
async function newStoryOutput(): Promise<string> {
  const dir = await workspace();
  const answers = ['Đào Minh Đức', '1', 'y te', 'hai hau', 'chien si thi dua co so', '2023', 'Bác sĩ Đào Minh Đức và phòng khám không hẹn giờ', 'k', 'c'];
  const input = new Readable({ read() {} });
  let text = '';
  const output = {
    write(chunk: string) {
      text += escapeHtml(chunk);
      // A question ends in ": "; type the next answer, as a person would.
      if (chunk.endsWith(': ') && answers.length > 0) {
        const answer = answers.shift()!;
        text += `<span class="you">${escapeHtml(answer)}</span>\n`;
        input.push(`${answer}\n`);
      }
    },
  };
  await newStory({ argv: [], input, output, root: path.join(dir, 'content'), cwd: dir });
  input.push(null);
  return text.trimEnd();
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1240, height: 400 }, deviceScaleFactor: 1 });
    const terminals: [string, string, string][] = [
      ['kiem-tra-bao-loi.png', 'npm run check', await checkOutput()],
      ['new-story.png', 'npm run new-story', await newStoryOutput()],
    ];
    for (const [file, command, output] of terminals) {
      await page.setContent(terminalPage(command, output));
      await page.locator('.term').screenshot({ path: path.join(OUT, file) });
      console.log(path.join('docs/huong-dan', file));
    }

    const build = await buildContentRoot(contentRoot());
    if (build.code !== 0) throw new Error(`astro build failed:\n${build.output}`);
    const server = await serveStatic(build.outDir);
    try {
      for (const [file, width, height] of [
        ['trang-dien-hinh-1280.png', 1280, 1400],
        ['trang-dien-hinh-375.png', 375, 812],
      ] as const) {
        const shot = await browser.newPage({ viewport: { width, height } });
        await shot.goto(`${server.url}${PROFILE}`, { waitUntil: 'networkidle' });
        await shot.screenshot({ path: path.join(OUT, file) });
        await shot.close();
        console.log(path.join('docs/huong-dan', file));
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
