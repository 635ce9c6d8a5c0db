/**
 * Writes a synthetic content root for benchmarks: the same layout as ./content
 * (data/*.yaml copied, stories/ with N generated stories), deterministic for a seed.
 *
 *   node scripts/bench/generate.ts <dir> <n> [--seed 1] [--covers 0.02]
 *
 * Stories are varied Vietnamese text assembled from scripts/bench/words.ts, all
 * `sample: true`, and pass `npm run check`. About 2% are in folder form with a
 * cover photo copied from six JPEGs drawn once with sharp.
 */
import { mkdir, readdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { parse } from 'yaml';
import { vietnamToday } from '../../src/schemas/date-only.ts';
import * as W from './words.ts';
import type { FieldBank } from './words.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The project's real content root; its data/*.yaml are the vocabularies. */
export const DEFAULT_SOURCE_ROOT = path.resolve(HERE, '../../content');

export interface GenerateOptions {
  /** PRNG seed; same seed and n give byte-identical output. Default 1. */
  seed?: number;
  /** Share of stories in folder form with a cover photo. Default 0.02. */
  coverShare?: number;
  /** Share of stories marked `draft: true` (never built). Default 0. */
  draftShare?: number;
  /** Content root whose data/*.yaml are copied. Default ./content. */
  sourceRoot?: string;
  /** Empty `dir` first. Default true. */
  clean?: boolean;
}

export interface GenerateResult {
  root: string;
  stories: number;
  covers: number;
  drafts: number;
  slugs: string[];
  /** Body words: min, median, max. */
  words: { min: number; median: number; max: number };
}

/**
 * Adds one story to a generated root as an officer would: a new file published today
 * (so it sorts after every other story and takes the next ID), copied from the first
 * single-file story under a new title. Returns its slug.
 */
export async function addStoryToday(root: string, slug = 'bai-them-sau-cung'): Promise<string> {
  const stories = path.join(root, 'stories');
  const first = (await readdir(stories)).filter((f) => f.endsWith('.mdx')).sort()[0];
  if (!first) throw new Error('no single-file story to copy');
  const text = (await readFile(path.join(stories, first), 'utf8'))
    .replace(/^title: .*$/m, 'title: "Bài thêm sau cùng: đo lần tạo lại trang"')
    .replace(/^published: .*$/m, `published: ${vietnamToday()}`)
    .replace(/^updated: .*\n/m, '');
  await writeFile(path.join(stories, `${slug}.mdx`), text);
  return slug;
}

// ---------- deterministic randomness ----------

type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function weighted<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = rng() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return pick(rng, items);
}

/** Draws without repeats until the list is used up, then reshuffles. */
function deck<T>(rng: Rng, items: readonly T[]): () => T {
  let pile: T[] = [];
  return () => {
    if (pile.length === 0) {
      pile = [...items];
      for (let i = pile.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [pile[i], pile[j]] = [pile[j] as T, pile[i] as T];
      }
    }
    const item = pile.pop();
    if (item === undefined) throw new Error('deck of an empty list');
    return item;
  };
}

// ---------- text helpers ----------

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

/** "Đặng Văn Đạt" → "dang-van-dat". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

// ---------- vocabularies ----------

interface Vocab {
  fields: { id: string; name: string }[];
  localities: { id: string; name: string; shortName?: string; type: string }[];
  awards: { id: string; name: string; group: string; precedence: number; kinds: string[] }[];
  movements: { id: string; name: string }[];
}

async function readVocab(sourceRoot: string): Promise<Vocab> {
  const read = async <T>(name: string): Promise<T[]> => {
    const data: unknown = parse(await readFile(path.join(sourceRoot, 'data', `${name}.yaml`), 'utf8'));
    if (!Array.isArray(data) || data.length === 0) throw new Error(`${name}.yaml: expected a non-empty list`);
    return data as T[];
  };
  return {
    fields: await read('fields'),
    localities: await read('localities'),
    awards: await read('awards'),
    movements: await read('movements'),
  };
}

const KINDS = ['ca-nhan', 'tap-the', 'ho-gia-dinh'] as const;
type Kind = (typeof KINDS)[number];

// ---------- covers ----------

const COVER_W = 1600;
const COVER_H = 1000;
let coversPromise: Promise<Buffer[]> | undefined;

/** Six distinct flat illustrations, drawn once per process. */
export function coverImages(): Promise<Buffer[]> {
  coversPromise ??= Promise.all(
    [
      ['#2f6f4e', '#e9c46a', '#f4f1de'],
      ['#264653', '#2a9d8f', '#e76f51'],
      ['#8d5524', '#f2cc8f', '#3d405b'],
      ['#1d3557', '#a8dadc', '#e63946'],
      ['#6a4c93', '#ffca3a', '#8ac926'],
      ['#7f5539', '#ddb892', '#386641'],
    ].map(([bg, a, b], k) => {
      const rng = makeRng(1000 + k);
      const shapes: string[] = [];
      for (let s = 0; s < 9; s++) {
        const colour = s % 2 ? a : b;
        const x = int(rng, 0, COVER_W);
        const y = int(rng, 0, COVER_H);
        if (s % 3 === 0) shapes.push(`<circle cx="${x}" cy="${y}" r="${int(rng, 60, 260)}" fill="${colour}" opacity="0.85"/>`);
        else if (s % 3 === 1) shapes.push(`<rect x="${x}" y="${y}" width="${int(rng, 120, 600)}" height="${int(rng, 60, 300)}" fill="${colour}" opacity="0.8"/>`);
        else shapes.push(`<polygon points="${x},${y} ${x + int(rng, 100, 400)},${y + int(rng, 50, 300)} ${x - int(rng, 50, 300)},${y + int(rng, 100, 400)}" fill="${colour}" opacity="0.75"/>`);
      }
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_W}" height="${COVER_H}"><rect width="100%" height="100%" fill="${bg}"/><rect y="${COVER_H * 0.62}" width="100%" height="${COVER_H * 0.38}" fill="${a}" opacity="0.35"/>${shapes.join('')}</svg>`;
      return sharp(Buffer.from(svg)).jpeg({ quality: 75 }).toBuffer();
    }),
  );
  return coversPromise;
}

// ---------- one story ----------

interface Place {
  xa: string;
  xaShort: string;
  thon: string;
  /** Lowercase district phrase for running text: "huyện Hải Hậu", "tỉnh Nam Định". */
  huyen: string;
}

interface Person {
  full: string;
  given: string;
  honorific: string;
}

function makePerson(rng: Rng): Person {
  const female = rng() < 0.45;
  const family = weighted(rng, W.FAMILY_NAMES, ([, w]) => w)[0];
  const middle = pick(rng, female ? W.FEMALE_MIDDLE : W.MALE_MIDDLE);
  const given = pick(rng, female ? W.FEMALE_GIVEN : W.MALE_GIVEN);
  const older = rng() < 0.45;
  const honorific = female ? (older ? 'bà' : 'chị') : older ? 'ông' : 'anh';
  return { full: `${family} ${middle} ${given}`, given, honorific };
}

interface StoryPlan {
  index: number;
  kind: Kind;
  field: Vocab['fields'][number];
  locality: Vocab['localities'][number];
  forcedAward?: Vocab['awards'][number];
  cover?: number;
  draft: boolean;
}

interface Built {
  base: string;
  text: string;
  words: number;
}

const START = Date.UTC(2019, 0, 1);
const END = Date.UTC(2026, 9, 31);
const UPDATED_CAP = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;

function buildStory(rng: Rng, plan: StoryPlan, vocab: Vocab): Built {
  const bank: FieldBank = W.FIELD_BANKS[plan.field.id] ?? W.GENERIC_BANK;
  const provincial = plan.locality.type === 'cap-tinh';
  const communeList = W.COMMUNES[plan.locality.id] ?? (provincial ? Object.values(W.COMMUNES).flat() : W.GENERIC_COMMUNES);
  const xa = pick(rng, communeList.length ? communeList : W.GENERIC_COMMUNES);
  const place: Place = {
    xa,
    xaShort: xa.replace(/^(xã|phường|thị trấn) /, ''),
    thon: pick(rng, W.HAMLETS),
    huyen: provincial ? 'tỉnh Nam Định' : lowerFirst(plan.locality.name),
  };

  // Who the story is about, and how the text refers to them.
  const person = plan.kind === 'tap-the' ? undefined : makePerson(rng);
  let name: string;
  let role: string | undefined;
  let refs: string[];
  let titleHead: string[];
  let slugBase: string;
  const job = pick(rng, bank.jobs);
  const slotsForName = (t: string) => fillPlace(rng, t, place);
  if (plan.kind === 'ca-nhan' && person) {
    name = person.full;
    const jobText = slotsForName(job);
    const where = provincial
      ? pick(rng, bank.provincial)
      : job.includes('{xa') ? place.huyen : rng() < 0.5 ? `${place.thon}, ${place.xa}` : `${place.xa}, ${place.huyen}`;
    role = `${jobText}, ${where}`;
    refs = [`${person.honorific} ${person.given}`, `${person.honorific} ${person.given}`, `${person.honorific} ${person.full}`];
    titleHead = [`${upperFirst(person.honorific)} ${person.full}`, `${person.full}:`];
    if (!job.includes('{')) titleHead.push(`${jobText} ${person.full}`);
    slugBase = slugify(person.full);
  } else if (plan.kind === 'ho-gia-dinh' && person) {
    const head = person.honorific === 'chị' ? 'bà' : person.honorific === 'anh' ? 'ông' : person.honorific;
    name = `Gia đình ${head} ${person.full}`;
    role = rng() < 0.85 ? `${place.thon}, ${place.xa}` : undefined;
    refs = [`gia đình ${head} ${person.given}`, `${head} ${person.given}`, `vợ chồng ${head} ${person.given}`];
    titleHead = [name, `${name}:`];
    slugBase = slugify(name);
  } else {
    name = provincial ? pick(rng, bank.provincial) : slotsForName(pick(rng, bank.units));
    role = provincial ? (rng() < 0.5 ? 'Cơ quan, đơn vị cấp tỉnh' : undefined) : name.includes(place.xaShort) ? upperFirst(place.huyen) : `${place.xa}, ${place.huyen}`;
    refs = [name, `tập thể ${lowerFirst(name)}`, 'tập thể đơn vị', 'đơn vị'];
    titleHead = [`${name}:`, name];
    slugBase = slugify(name);
  }
  if (rng() < 0.08) role = undefined;

  // Dates and awards.
  const published = new Date(START + Math.floor(rng() * ((END - START) / DAY + 1)) * DAY);
  const pubYear = published.getUTCFullYear();
  const updated = rng() < 0.22 ? new Date(Math.min(UPDATED_CAP, published.getTime() + int(rng, 1, 300) * DAY)) : undefined;
  const fits = (a: Vocab['awards'][number]) => {
    const hint = W.AWARD_FIELD_HINTS[a.id];
    return !hint || hint.includes(plan.field.id);
  };
  const forKind = vocab.awards.filter((a) => a.kinds.includes(plan.kind));
  const eligible = forKind.some(fits) ? forKind.filter(fits) : forKind;
  const count = Math.min(eligible.length, rng() < 0.5 ? 1 : rng() < 0.7 ? 2 : 3);
  const chosen = plan.forcedAward ? [plan.forcedAward] : [];
  for (let tries = 0; chosen.length < count && tries < 100; tries++) {
    const candidate = weighted(rng, eligible, (a) => (Math.max(a.precedence, 5) / 10) ** 2);
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  chosen.sort((a, b) => b.precedence - a.precedence); // lower awards came first
  let year = Math.max(1945, pubYear - int(rng, 0, 9));
  const awards = chosen.map((award) => {
    year = Math.min(pubYear, year + (rng() < 0.4 ? 0 : int(rng, 1, 3)));
    const issuer = /huan-chuong|vinh-du/.test(award.group)
      ? 'QĐ-CTN'
      : /thu-tuong|chinh-phu|toan-quoc/.test(award.id)
        ? 'QĐ-TTg'
        : 'QĐ-UBND';
    const month = year === pubYear ? int(rng, 1, published.getUTCMonth() + 1) : int(rng, 1, 12);
    const decision = rng() < 0.65 ? `Số ${int(rng, 12, 3200)}/${issuer} ngày ${pad(int(rng, 1, 28))}/${pad(month)}/${year}` : undefined;
    return { award, year, decision };
  });

  // Text slots.
  const nextRef = deck(rng, refs);
  const topic = deck(rng, bank.topics);
  const method = deck(rng, bank.methods);
  const result = deck(rng, bank.results);
  const feat = deck(rng, bank.feats);
  const fill = (template: string): string =>
    template.replace(/\{(\w+)(?::(\d+)-(\d+))?\}/g, (_m, slot: string, lo?: string, hi?: string) => {
      switch (slot) {
        case 'ref': return nextRef();
        case 'Ref': return upperFirst(nextRef());
        case 'topic': return topic();
        case 'method': return fill(method());
        case 'result': return fill(result());
        case 'feat': return fill(feat());
        case 'start': return String(pubYear - int(rng, 3, 25));
        case 'year': return String(int(rng, Math.max(2010, pubYear - 8), pubYear));
        case 'n': return String(int(rng, Number(lo), Number(hi)));
        default: return fillPlace(rng, `{${slot}}`, place);
      }
    });

  // Title, 10–120 characters.
  let title = '';
  for (let tries = 0; tries < 20; tries++) {
    title = `${pick(rng, titleHead)} ${fill(pick(rng, bank.feats))}`;
    if (title.length >= 10 && title.length <= 120) break;
  }
  if (title.length > 120) title = `${name.slice(0, 60)}: ${fill(bank.feats.reduce((a, b) => (a.length <= b.length ? a : b)))}`.slice(0, 120).trim();

  // Summary, 50–300 characters.
  let summary = '';
  for (let tries = 0; tries < 20; tries++) {
    summary = `${fill(pick(rng, W.SUMMARY_LEADS))} ${fill(pick(rng, W.SUMMARY_TAILS))}`;
    if (summary.length > 300) summary = fill(pick(rng, W.SUMMARY_LEADS));
    if (summary.length >= 50 && summary.length <= 300) break;
  }
  if (summary.length < 50) summary = `${summary} Đây là một điển hình tiêu biểu của ${place.huyen}.`;
  summary = summary.slice(0, 300);

  // Practices: 0–5, distinct.
  const practiceCount = weighted(rng, [0, 1, 2, 3, 4, 5], (n) => [20, 10, 20, 25, 15, 10][n] ?? 1);
  const practicePool = deck(rng, [...bank.practices, ...W.GENERIC_BANK.practices]);
  const practices = [...new Set(Array.from({ length: practiceCount }, practicePool))];

  // Body: ~80..~900 words, paragraphs, sometimes `## ` subheadings and a list.
  const target = Math.round(80 + 820 * rng() ** 1.7);
  const pools = [W.HARDSHIPS, W.TURNS, W.OUTCOMES, W.COMMUNITY, W.QUOTES, W.PRAISE].map((p) => deck(rng, p));
  const poolWeights = [2, 4, 4, 2, 1, 2];
  const heading = deck(rng, bank.headings);
  const headingAt = new Set<number>();
  if (target >= 300 && rng() < 0.55) {
    headingAt.add(Math.round(target * 0.35));
    if (target >= 600 && rng() < 0.6) headingAt.add(Math.round(target * 0.7));
  }
  const untold = [...awards];
  const awardSentence = () => {
    const a = untold.splice(int(rng, 0, untold.length - 1), 1)[0];
    if (!a) return fill(pick(rng, W.OUTCOMES));
    return `Năm ${a.year}, ${nextRef()} được tặng ${a.award.name}${a.decision ? ` theo Quyết định ${a.decision}` : ''}.`;
  };
  const blocks: string[] = [];
  let words = 0;
  const openings = plan.kind === 'tap-the' ? W.OPENINGS : [...W.OPENINGS, ...W.PERSON_OPENINGS];
  let paragraph: string[] = [fill(pick(rng, openings))];
  let listDone = rng() > 0.1;
  const pendingHeadings = [...headingAt].sort((a, b) => a - b);
  const flush = () => {
    if (paragraph.length) {
      const text = paragraph.join(' ');
      blocks.push(text);
      words += wordCount(text);
      paragraph = [];
    }
  };
  let sentences = 1;
  while (words + wordCount(paragraph.join(' ')) < target - 20) {
    const next = rng() < 0.08 ? awardSentence() : fill(weighted(rng, pools, (p) => poolWeights[pools.indexOf(p)] ?? 1)());
    paragraph.push(next);
    sentences++;
    if (paragraph.length >= int(rng, 2, 5)) {
      flush();
      const due = pendingHeadings[0];
      if (due !== undefined && words >= due) {
        pendingHeadings.shift();
        blocks.push(`## ${heading()}`);
      }
      if (!listDone && words > target * 0.4) {
        listDone = true;
        const items = [...new Set([method(), method(), method()])].map((m) => `- ${upperFirst(fill(m))}.`);
        blocks.push(`Một số việc làm cụ thể:\n\n${items.join('\n')}`);
        words += wordCount(items.join(' ')) + 4;
      }
    }
    if (sentences > 400) break;
  }
  paragraph.push(fill(pick(rng, W.CLOSINGS)));
  flush();
  const body = blocks.join('\n\n');

  // Frontmatter in the field order of the real stories.
  const fm: string[] = ['---', `title: ${q(title)}`, 'subject:', `  kind: ${plan.kind}`, `  name: ${q(name)}`];
  if (role) fm.push(`  role: ${q(role.slice(0, 160))}`);
  fm.push(`field: ${plan.field.id}`, `locality: ${plan.locality.id}`, 'awards:');
  for (const a of awards) {
    fm.push(`  - award: ${a.award.id}`, `    year: ${a.year}`);
    if (a.decision) fm.push(`    decision: ${q(a.decision)}`);
  }
  if (rng() < 0.45) fm.push(`movement: ${pick(rng, vocab.movements).id}`);
  fm.push(`summary: ${q(summary)}`);
  if (plan.cover !== undefined) {
    fm.push('cover: ./anh-bia.jpg', `coverAlt: ${q(pick(rng, W.COVER_ALTS))}`, `coverCredit: ${q(pick(rng, W.COVER_CREDITS))}`);
  }
  if (practices.length) {
    fm.push('practices:');
    for (const p of practices) fm.push(`  - ${q(fill(p))}`);
  }
  fm.push(`published: ${isoDay(published)}`);
  if (updated) fm.push(`updated: ${isoDay(updated)}`);
  if (rng() < 0.04) fm.push('featured: true');
  if (plan.draft) fm.push('draft: true');
  fm.push('sample: true', '---', '');
  return { base: slugBase, text: `${fm.join('\n')}\n${body}\n`, words };
}

function fillPlace(rng: Rng, template: string, place: Place): string {
  return template.replace(/\{(\w+)(?::(\d+)-(\d+))?\}/g, (m, slot: string, lo?: string, hi?: string) => {
    switch (slot) {
      case 'xa': return place.xa;
      case 'xaShort': return place.xaShort;
      case 'thon': return place.thon;
      case 'huyen': return place.huyen;
      case 'n': return String(int(rng, Number(lo), Number(hi)));
      default: return m;
    }
  });
}

// ---------- the content root ----------

const RESERVED = new Set(['trang', 'index', 'rss', 'og', 'qr', 'nhung', 'ban-tin', 'tim-kiem']);

/** Writes `n` synthetic stories and the real vocabularies into `dir`. */
export async function generateContentRoot(dir: string, n: number, opts: GenerateOptions = {}): Promise<GenerateResult> {
  const seed = opts.seed ?? 1;
  const coverShare = opts.coverShare ?? 0.02;
  const draftShare = opts.draftShare ?? 0;
  const sourceRoot = opts.sourceRoot ?? DEFAULT_SOURCE_ROOT;
  const root = path.resolve(dir);
  if (opts.clean ?? true) await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'data'), { recursive: true });
  await mkdir(path.join(root, 'stories'), { recursive: true });
  for (const file of await readdir(path.join(sourceRoot, 'data'))) {
    // The permanent-link manifest belongs to the sample stories; a manifest for these is written below.
    if (file.endsWith('.yaml') && file !== 'permalinks.yaml') {
      await copyFile(path.join(sourceRoot, 'data', file), path.join(root, 'data', file));
    }
  }
  const vocab = await readVocab(sourceRoot);
  const rng = makeRng(seed);

  // Plans first, so every field, locality and award appears at least once (when n allows).
  const plans: StoryPlan[] = [];
  const F = vocab.fields.length;
  const A = vocab.awards.length;
  let coverCount = 0;
  for (let i = 0; i < n; i++) {
    const forcedAward = i >= F && i < F + A ? vocab.awards[i - F] : undefined;
    let kind: Kind = forcedAward
      ? (pick(rng, forcedAward.kinds) as Kind)
      : weighted(rng, KINDS, (k) => ({ 'ca-nhan': 55, 'tap-the': 30, 'ho-gia-dinh': 15 })[k]);
    if (i < F && kind === 'ho-gia-dinh') kind = rng() < 0.6 ? 'ca-nhan' : 'tap-the';
    const householdFields = vocab.fields.filter((f) => W.HOUSEHOLD_FIELDS.includes(f.id));
    const hint = forcedAward ? W.AWARD_FIELD_HINTS[forcedAward.id] : undefined;
    const hinted = hint ? vocab.fields.filter((f) => hint.includes(f.id)) : [];
    const field =
      hinted.length
        ? pick(rng, hinted)
        : i < F
        ? (vocab.fields[i] as Vocab['fields'][number])
        : kind === 'ho-gia-dinh' && householdFields.length
          ? pick(rng, householdFields)
          : pick(rng, vocab.fields);
    const locality =
      i < vocab.localities.length
        ? (vocab.localities[i] as Vocab['localities'][number])
        : weighted(rng, vocab.localities, (l) => (l.type === 'cap-tinh' ? 1.8 : 1));
    const cover = Math.floor((i + 1) * coverShare) > Math.floor(i * coverShare) ? coverCount++ % 6 : undefined;
    const draft = draftShare > 0 && Math.floor((i + 1) * draftShare) > Math.floor(i * draftShare);
    plans.push({ index: i, kind, field, locality, ...(forcedAward ? { forcedAward } : {}), ...(cover !== undefined ? { cover } : {}), draft });
  }

  const covers = plans.some((p) => p.cover !== undefined) ? await coverImages() : [];
  const used = new Set<string>();
  const slugs: string[] = [];
  const wordCounts: number[] = [];
  let pending: Promise<void>[] = [];
  for (const plan of plans) {
    const story = buildStory(rng, plan, vocab);
    let slug = story.base || 'dien-hinh';
    if (used.has(slug) || RESERVED.has(slug)) slug = `${story.base}-${plan.locality.id}`;
    for (let k = 2; used.has(slug) || RESERVED.has(slug); k++) slug = `${story.base}-${plan.locality.id}-${k}`;
    used.add(slug);
    slugs.push(slug);
    wordCounts.push(story.words);
    const stories = path.join(root, 'stories');
    const image = plan.cover === undefined ? undefined : covers[plan.cover];
    if (image) {
      pending.push(
        (async () => {
          await mkdir(path.join(stories, slug));
          await writeFile(path.join(stories, slug, 'index.mdx'), story.text);
          await writeFile(path.join(stories, slug, 'anh-bia.jpg'), image);
        })(),
      );
    } else {
      pending.push(writeFile(path.join(stories, `${slug}.mdx`), story.text));
    }
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  const published = slugs.filter((_, i) => !plans[i]!.draft);
  await writeFile(
    path.join(root, 'data', 'permalinks.yaml'),
    published.map((slug, i) => `- id: DH${String(i + 1).padStart(5, '0')}\n  slug: ${slug}\n`).join('') || '[]\n',
  );
  const sorted = [...wordCounts].sort((a, b) => a - b);
  return {
    root,
    stories: n,
    covers: plans.filter((p) => p.cover !== undefined).length,
    drafts: plans.filter((p) => p.draft).length,
    slugs,
    words: { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 },
  };
}

// ---------- CLI ----------

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    if (at === -1) return undefined;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
  const seed = flag('--seed');
  const coverShare = flag('--covers');
  const [dir, count] = args;
  const n = Number(count);
  if (!dir || !Number.isInteger(n) || n < 0) {
    console.error('usage: node scripts/bench/generate.ts <dir> <n> [--seed 1] [--covers 0.02]');
    process.exit(2);
  }
  const started = performance.now();
  const result = await generateContentRoot(dir, n, {
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(coverShare !== undefined ? { coverShare: Number(coverShare) } : {}),
  });
  console.log(
    `${result.stories} stories (${result.covers} with cover) in ${result.root} ` +
      `[body words min ${result.words.min}, median ${result.words.median}, max ${result.words.max}] ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
