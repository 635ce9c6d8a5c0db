/**
 * Flat og.png cards (no cover) encoded several ways: CPU time, bytes and colour error
 * against the drawn pixels, as a Markdown table. The cards come from generated stories
 * (scripts/bench/generate.ts: varied titles, subjects, places and awards), a quarter each
 * with the sample tag and award, the tag only, the award only, and neither.
 *
 *   npm run bench:og -- [--cards 200] [--out dir]
 *
 * `--out` writes the first four cards of each encoding there, to look at.
 *
 * Errors are Euclidean distances in RGB (0–441) between a drawn pixel and the decoded
 * one, over all pixels; over text pixels (everything drawn on the blank card: text with
 * its anti-aliased edges, the award pill, the tag frame); and over edge pixels (a drawn
 * colour that is none of the five flat colours: where an encoder must choose).
 * Times are CPU milliseconds of this process (sharp's threads included), so other load
 * on the machine moves them less than wall time; "render" is drawing plus encoding.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type PngOptions } from 'sharp';
import { parse } from 'yaml';
import { OG_HEIGHT, OG_LAYOUT, OG_WIDTH, type OgCardData } from '../../src/lib/og-card.ts';
import { FLAT_CARD_RAMPS, flatCardPalette, renderOgPixels, type OgRamp } from '../../src/lib/og-image.ts';
import { ogCardFor } from '../../src/lib/og-story.ts';
import { palettePng } from '../../src/lib/palette-png.ts';
import { hexColour } from '../../src/lib/rgb-canvas.ts';
import { buildSite } from '../../src/lib/site.ts';
import type { StoryData, StoryEntry } from '../../src/lib/story.ts';
import { indexVocabularies } from '../../src/lib/vocabularies.ts';
import { generateContentRoot } from './generate.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : undefined;
}

/** Cards of `n` generated stories, with and without the sample tag and the award. */
async function cards(n: number): Promise<OgCardData[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'og-cards-'));
  try {
    const { root } = await generateContentRoot(dir, n, { coverShare: 0 });
    const list = async (name: string) => (parse(await readFile(path.join(root, 'data', `${name}.yaml`), 'utf8')) as never[] | null) ?? [];
    const vocabularies = indexVocabularies({
      fields: await list('fields'),
      localities: await list('localities'),
      awards: await list('awards'),
      movements: await list('movements'),
      permalinks: await list('permalinks'),
    });
    const entries: StoryEntry[] = [];
    for (const file of (await readdir(path.join(root, 'stories'))).sort()) {
      const frontmatter = parse((await readFile(path.join(root, 'stories', file), 'utf8')).split(/^---$/m)[1]!) as StoryData;
      entries.push({ id: file.replace(/\.mdx$/, ''), data: { ...frontmatter, published: new Date(frontmatter.published) } });
    }
    return buildSite(entries, vocabularies).stories.map((story, i) => {
      const { sampleTag, ...card } = ogCardFor(story);
      return { ...card, ...(i % 4 < 2 && sampleTag ? { sampleTag } : {}), award: i % 2 === 0 ? card.award : '' };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** CPU milliseconds `run` took, and what it returned. */
async function cpu<T>(run: () => T | Promise<T>): Promise<[number, T]> {
  const start = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(start);
  return [(used.user + used.system) / 1000, result];
}

const key = (rgb: ArrayLike<number>, i: number) => (rgb[i]! << 16) | (rgb[i + 1]! << 8) | rgb[i + 2]!;
const FLAT = new Set(Object.values(OG_LAYOUT.colours).map((hex) => key(hexColour(hex), 0)));
const BLANK = { bg: key(hexColour(OG_LAYOUT.colours.bg), 0), bar: key(hexColour(OG_LAYOUT.colours.brand), 0) };

interface Errors {
  mean: number;
  max: number;
  textMean: number;
  textMax: number;
  edgeMean: number;
}

/** Colour error of decoded RGB(A) pixels against the drawn RGB ones. */
function errors(drawn: Buffer, decoded: Buffer, channels: number): Errors {
  let sum = 0, max = 0, textSum = 0, textMax = 0, textCount = 0, edgeSum = 0, edgeCount = 0;
  for (let p = 0, o = 0, x = 0; p < drawn.length; p += 3, o += channels, x = x + 1 === OG_WIDTH ? 0 : x + 1) {
    const d = Math.hypot(drawn[p]! - decoded[o]!, drawn[p + 1]! - decoded[o + 1]!, drawn[p + 2]! - decoded[o + 2]!);
    sum += d;
    max = Math.max(max, d);
    const colour = key(drawn, p);
    if (colour !== (x < OG_LAYOUT.barWidth ? BLANK.bar : BLANK.bg)) {
      textSum += d;
      textMax = Math.max(textMax, d);
      textCount++;
    }
    if (!FLAT.has(colour)) {
      edgeSum += d;
      edgeCount++;
    }
  }
  return { mean: sum / (drawn.length / 3), max, textMean: textSum / textCount, textMax, edgeMean: edgeSum / edgeCount };
}

/** What the cards were before this encoder: libimagequant through sharp. */
const SHARP_16: PngOptions = { palette: true, colours: 16, dither: 0, compressionLevel: 6, effort: 1 };

/** Palettes compared: the one src/lib/og-image.ts uses, then two others. */
const DESIGNS: (readonly OgRamp[])[] = [
  FLAT_CARD_RAMPS,
  [['text', 'bg', 5], ['muted', 'bg', 1], ['brand', 'bg', 3], ['text', 'accent', 2]],
  [['text', 'bg', 4], ['brand', 'bg', 2], ['text', 'accent', 1]],
];

const count = Number(arg('cards') ?? 200);
const out = arg('out');
if (out) await mkdir(out, { recursive: true });

const list = await cards(count);
const drawn: Buffer[] = [];
let drawMs = 0;
for (const card of list) {
  const [ms, pixels] = await cpu(() => renderOgPixels(card));
  drawMs += ms;
  drawn.push(pixels);
}
drawMs /= list.length;

const encoders: [string, (rgb: Buffer) => Buffer | Promise<Buffer>][] = [
  ['sharp, libimagequant 16 colours, zlib 6 (before)', (rgb) => sharp(rgb, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } }).png(SHARP_16).toBuffer()],
];
for (const [d, ramps] of DESIGNS.entries()) {
  const palette = flatCardPalette(ramps);
  const name = `${ramps.map(([upper, lower, steps]) => `${upper}/${lower}×${steps}`).join(', ')} (${palette.colours.length} colours)`;
  // Levels 7 and 8 only for the palette in use: between 6 and 9, zlib's time grows much faster than its gain.
  for (const level of d === 0 ? [6, 7, 8, 9] : [6, 9]) encoders.push([`palette-png ${name}, zlib ${level}`, (rgb) => palettePng(rgb, OG_WIDTH, OG_HEIGHT, palette, { level })]);
}

interface Tally {
  ms: number;
  bytes: number;
  errors: Errors;
}
const tallies: Tally[] = encoders.map(() => ({ ms: 0, bytes: 0, errors: { mean: 0, max: 0, textMean: 0, textMax: 0, edgeMean: 0 } }));
// One card first, so that start-up work (sharp's, V8's) is not counted.
for (const [, encode] of encoders) await encode(drawn[0]!);
// Card by card, every encoder in turn, so that a change in the machine's load falls on all of them alike.
for (const [i, rgb] of drawn.entries()) {
  for (const [e, [name, encode]] of encoders.entries()) {
    const [ms, png] = await cpu(() => encode(rgb));
    const tally = tallies[e]!;
    tally.ms += ms / drawn.length;
    tally.bytes += png.length / drawn.length;
    if (out && i < 4) await writeFile(path.join(out, `${name.replace(/[^a-z0-9]+/gi, '-')}-${i}.png`), png);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const one = errors(rgb, data, info.channels);
    const all = tally.errors;
    all.mean += one.mean / drawn.length;
    all.textMean += one.textMean / drawn.length;
    all.edgeMean += one.edgeMean / drawn.length;
    all.max = Math.max(all.max, one.max);
    all.textMax = Math.max(all.textMax, one.textMax);
  }
}

const f = (x: number, digits = 1) => x.toFixed(digits);
console.log(`${drawn.length} cards of ${OG_WIDTH}×${OG_HEIGHT}; drawing alone ${f(drawMs)} ms CPU a card.\n`);
console.log('| encoder | encode ms | render ms | bytes | error mean | max | text mean | text max | edge mean |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [e, [name]] of encoders.entries()) {
  const { ms, bytes, errors: x } = tallies[e]!;
  console.log(`| ${name} | ${f(ms)} | ${f(drawMs + ms)} | ${Math.round(bytes)} | ${f(x.mean, 2)} | ${f(x.max, 0)} | ${f(x.textMean, 2)} | ${f(x.textMax, 0)} | ${f(x.edgeMean, 2)} |`);
}
