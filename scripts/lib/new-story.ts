import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentRoot, DATA_FILES, STORIES_DIR } from '../../src/content-paths.ts';
import { checkStory } from '../../src/content-rules/check-story.ts';
import { formatProblem } from '../../src/content-rules/report.ts';
import { checkSlug } from '../../src/content-rules/rules/slug.ts';
import { readVocabularies } from '../../src/content-rules/vocabulary-files.ts';
import { checkText } from '../../src/i18n/check.ts';
import { vi } from '../../src/i18n/vi.ts';
import { foldVietnamese } from '../../src/lib/fold.ts';
import { nearestId } from '../../src/lib/nearest.ts';
import type { Vocabularies } from '../../src/lib/vocabularies.ts';
import { ID_PATTERN } from '../../src/schemas/id.ts';
import { KINDS, type Kind } from '../../src/schemas/kind.ts';
import { FIRST_AWARD_YEAR } from '../../src/schemas/story-award.ts';
import { TITLE_LENGTH } from '../../src/schemas/story.ts';
import { choiceLines, resolveChoice, type Choice } from './choices.ts';
import { storySkeleton, storySlug } from './story-skeleton.ts';

const t = vi.newStory;

/** Where `npm run new-story` reads answers and writes what it says. */
export interface NewStoryOptions {
  /** Command-line arguments after the script name. */
  argv: readonly string[];
  /** Answers, one a line: the terminal, or lines a test feeds in. */
  input: NodeJS.ReadableStream;
  /** Questions and progress. */
  output: { write(text: string): unknown };
  /** Problems; defaults to `output`. */
  errors?: { write(text: string): unknown };
  /** Content root; defaults to CONTENT_DIR or ./content. */
  root?: string;
  /** Today, for `published` and the latest possible award year. */
  now?: Date;
  /** Paths are shown relative to this folder. */
  cwd?: string;
}

/** A stop with a message for the person, never a stack trace. */
class Stop extends Error {}

/** A check of one answer: the value, or what to tell the person. */
type Parsed<T> = { value: T } | { error: string };

const FLAGS = {
  name: { type: 'string' },
  kind: { type: 'string' },
  field: { type: 'string' },
  locality: { type: 'string' },
  award: { type: 'string' },
  year: { type: 'string' },
  title: { type: 'string' },
  slug: { type: 'string' },
  folder: { type: 'boolean' },
  yes: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const REQUIRED = ['name', 'kind', 'field', 'locality', 'award', 'year', 'title'] as const;

/** Reads one line at a time; undefined once the input has ended. */
function lineReader(input: NodeJS.ReadableStream) {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    async next(): Promise<string | undefined> {
      const result = await iterator.next();
      return result.done ? undefined : result.value;
    },
    close: () => lines.close(),
  };
}

/** Node's English parseArgs errors, said in Vietnamese. */
function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const token = /'([^']*)'/.exec(message ?? '')?.[1]?.replace(/ <value>$/, '') ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return t.unknownFlag(token);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message?.includes('argument missing') ? t.flagNeedsValue(token) : t.flagTakesNoValue(token);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return t.strayWord(token);
    default:
      return String(message ?? error);
  }
}

const kindChoices: Choice[] = KINDS.map((kind) => ({ id: kind, label: vi.kinds[kind] }));

/** The vocabulary lists as choices, in file order. */
function vocabularyChoices(vocabularies: Vocabularies) {
  const named = (item: { id: string; name: string; shortName?: string }): Choice => ({
    id: item.id,
    label: item.name,
    aliases: item.shortName ? [item.shortName] : [],
  });
  return {
    fields: [...vocabularies.fields.values()].map(named),
    localities: [...vocabularies.localities.values()].map(named),
    awards: [...vocabularies.awards.values()].map(named),
  };
}

/**
 * `npm run new-story`: asks for (or takes as flags) the facts of a new story, writes a
 * valid skeleton into the content root, checks it with the project's own rules and
 * returns the exit code. Never overwrites an existing story.
 */
export async function newStory(options: NewStoryOptions): Promise<number> {
  const say = (text = '') => options.output.write(`${text}\n`);
  const complain = (text: string) => (options.errors ?? options.output).write(`${text}\n`);
  const cwd = options.cwd ?? process.cwd();
  const display = (file: string) => {
    const rel = path.relative(cwd, file);
    return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
  };

  let values: { [K in keyof typeof FLAGS]?: (typeof FLAGS)[K]['type'] extends 'boolean' ? boolean : string };
  try {
    values = parseArgs({ args: [...options.argv], options: FLAGS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    complain(t.badArguments(argumentProblem(error)));
    return 2;
  }
  if (values.help) {
    say(t.usage);
    return 0;
  }

  const root = options.root ?? contentRoot();
  const { vocabularies, problems: dataProblems } = await readVocabularies(root, display);
  if (dataProblems.length > 0) {
    complain(t.dataProblems);
    for (const problem of dataProblems) complain(formatProblem(problem));
    return 1;
  }

  const now = options.now ?? new Date();
  const maxYear = now.getUTCFullYear();
  const published = now.toISOString().slice(0, 10);
  const storiesDir = path.join(root, STORIES_DIR);
  const interactive = REQUIRED.some((key) => values[key] === undefined);
  const reader = lineReader(options.input);

  /** Asks a question and returns the trimmed answer; stops when the input has ended. */
  const ask = async (question: string): Promise<string> => {
    options.output.write(`${question}: `);
    const line = await reader.next();
    if (line === undefined) {
      say();
      throw new Stop(t.endOfInput(question));
    }
    return line.trim();
  };

  /** A flag's value when given (a bad one stops), else asks until the answer is good. */
  const obtain = async <T>(flag: (typeof REQUIRED)[number], question: string, parse: (text: string) => Parsed<T>) => {
    const given = values[flag];
    if (given !== undefined) {
      const parsed = parse(given.trim());
      if ('error' in parsed) throw new Stop(t.flagProblem(flag, parsed.error));
      return parsed.value;
    }
    for (;;) {
      const parsed = parse(await ask(question));
      if ('value' in parsed) return parsed.value;
      say(parsed.error);
    }
  };

  /**
   * Picks an id from a list: a flag must name one item; in a conversation the list
   * is shown numbered and typing filters it, ignoring Vietnamese marks.
   */
  const pick = async (
    flag: (typeof REQUIRED)[number],
    question: string,
    choices: readonly Choice[],
    dataFile: string,
    explainNone: (text: string) => string | undefined = () => undefined,
    note?: string,
  ): Promise<Choice> => {
    const unknown = (text: string) =>
      explainNone(text) ?? t.unknownValue(text, dataFile, nearestId(text, choices.map((c) => c.id)));
    const given = values[flag];
    if (given !== undefined) {
      const found = resolveChoice(given, choices, false);
      if (found.type === 'one') return found.choice;
      if (found.type === 'many') throw new Stop(t.flagProblem(flag, t.ambiguousValue(given, found.choices.map((c) => c.id))));
      throw new Stop(t.flagProblem(flag, unknown(given)));
    }
    say();
    say(t.listHeading(question));
    if (note) say(note);
    for (const line of choiceLines(choices, choices)) say(line);
    for (;;) {
      const text = await ask(t.pickHint);
      if (text === '') {
        say(t.pickEmpty);
        continue;
      }
      const found = resolveChoice(text, choices);
      if (found.type === 'one') {
        say(t.picked(`${found.choice.label} (${found.choice.id})`));
        return found.choice;
      }
      if (found.type === 'badNumber') say(t.noNumber(found.number, choices.length));
      else if (found.type === 'many') {
        say(t.manyMatches(text, found.choices.length));
        for (const line of choiceLines(found.choices, choices)) say(line);
      } else {
        const explained = explainNone(text);
        say(explained ?? t.noMatch(text, nearestId(text, choices.map((c) => c.id))));
      }
    }
  };

  const askYesNo = async (question: string): Promise<boolean> => {
    for (;;) {
      const answer = foldVietnamese(await ask(question));
      if ((t.yes as readonly string[]).includes(answer)) return true;
      if ((t.no as readonly string[]).includes(answer)) return false;
      say(t.yesNo);
    }
  };

  /** The story file already using a slug, flat or folder form. */
  const existing = (slug: string) =>
    [path.join(storiesDir, `${slug}.mdx`), path.join(storiesDir, slug)].find((file) => existsSync(file));

  try {
    if (interactive) say(t.intro);
    const choices = vocabularyChoices(vocabularies);

    // The name first: its slug decides the file, and a taken slug stops before more questions.
    const slugFlag = values.slug?.trim();
    if (slugFlag !== undefined) {
      if (!ID_PATTERN.test(slugFlag)) throw new Stop(t.flagProblem('slug', t.badSlug(slugFlag)));
    }
    const name = await obtain('name', t.askName, (text): Parsed<string> => {
      if (text.length < 2 || text.length > 120) return { error: t.nameLength };
      if (slugFlag === undefined && !storySlug(text)) return { error: t.noSlug(text) };
      return { value: text };
    });
    const slug = slugFlag ?? storySlug(name);
    const reserved = checkSlug(slug, slug)[0];
    if (reserved) throw new Stop(reserved.message);
    const taken = existing(slug);
    if (taken) throw new Stop(t.exists(slug, display(taken)));
    // A URL once published (current, redirected or withdrawn) is never given to another story.
    const claimed = [...vocabularies.permalinks.values()].find((p) => p.slug === slug || p.redirectFrom?.includes(slug));
    if (claimed) throw new Stop(t.slugInManifest(slug, claimed.id, display(path.join(root, DATA_FILES.permalinks))));
    say(t.slug(slug));

    const kindChoice = await pick('kind', t.askKind, kindChoices, t.kindsFile);
    const kind = kindChoice.id as Kind;
    const field = vocabularies.fields.get(
      (await pick('field', t.askField, choices.fields, DATA_FILES.fields)).id,
    )!;
    const locality = vocabularies.localities.get(
      (await pick('locality', t.askLocality, choices.localities, DATA_FILES.localities)).id,
    )!;
    // Only awards this kind of subject can receive are offered or accepted.
    const fitting = choices.awards.filter((c) => vocabularies.awards.get(c.id)!.kinds.includes(kind));
    const notForKind = (text: string) => {
      const other = resolveChoice(text, choices.awards, false);
      if (other.type !== 'one') return undefined;
      const award = vocabularies.awards.get(other.choice.id)!;
      return checkText.awardNotForKind(award.name, kind, award.kinds);
    };
    const awardChoice = await pick(
      'award',
      t.askAward,
      fitting,
      DATA_FILES.awards,
      notForKind,
      t.awardsForKind(vi.kinds[kind].toLowerCase()),
    );
    const award = vocabularies.awards.get(awardChoice.id)!;
    const year = await obtain('year', t.askYear(maxYear), (text): Parsed<number> => {
      if (!/^\d{4}$/.test(text)) return { error: t.yearShape(text) };
      const value = Number(text);
      return value < FIRST_AWARD_YEAR || value > maxYear ? { error: t.yearRange(value, maxYear) } : { value };
    });
    const title = await obtain('title', t.askTitle, (text): Parsed<string> => {
      if (text.length < TITLE_LENGTH.min) return { error: t.titleTooShort(text.length) };
      if (text.length > TITLE_LENGTH.max) return { error: t.titleTooLong(text.length) };
      return { value: text };
    });
    const folder = values.folder ?? (interactive ? await askYesNo(t.askFolder) : false);

    const entry = folder ? `${slug}/index.mdx` : `${slug}.mdx`;
    const file = path.join(storiesDir, entry);
    say();
    say(t.review(display(file)));
    const l = t.labels;
    for (const [label, value] of [
      [l.name, name],
      [l.kind, vi.kinds[kind]],
      [l.field, `${field.name} (${field.id})`],
      [l.locality, `${locality.name} (${locality.id})`],
      [l.award, `${award.name} (${award.id})`],
      [l.year, String(year)],
      [l.title, title],
      [l.url, `/dien-hinh/${slug}/`],
    ] as const) {
      say(t.reviewLine(label, value));
    }
    if (!values.yes && !(await askYesNo(t.askConfirm(display(file))))) {
      say(t.cancelled);
      return 1;
    }

    const text = storySkeleton({ name, kind, field, locality, award, year, title, published, folder });
    await mkdir(path.dirname(file), { recursive: true });
    try {
      // `wx`: never replace a file that appeared meanwhile.
      await writeFile(file, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Stop(t.exists(slug, display(file)));
      throw error;
    }
    say(t.written(display(file)));

    const { problems } = await checkStory({ path: file, entry, slug }, vocabularies, display(file));
    if (problems.length === 0) say(t.checkOk);
    else {
      complain(t.checkProblems(problems.length));
      for (const problem of problems) complain(formatProblem(problem));
    }
    say();
    say(t.nextSteps(display(file), folder));
    return problems.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    complain(error.message);
    return 1;
  } finally {
    reader.close();
  }
}
