import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import { vi } from '../../src/i18n/vi.ts';
import type { Award, Field, Kind, Locality } from '../../src/schemas/index.ts';
import { SUMMARY_LENGTH } from '../../src/schemas/story.ts';

/**
 * The ASCII slug of a Vietnamese name, by a maintained transliteration library:
 * "Đào Minh Đức" → "dao-minh-duc", "Hợp tác xã Đồng Tâm & Cộng sự" → "hop-tac-xa-dong-tam-va-cong-su".
 */
export function storySlug(name: string): string {
  return slugify(name, { customReplacements: [['&', ' va ']], decamelize: false });
}

/** Everything a new story's skeleton is made from. */
export interface SkeletonInput {
  name: string;
  kind: Kind;
  field: Field;
  locality: Locality;
  award: Award;
  year: number;
  title: string;
  /** `YYYY-MM-DD`, today in UTC. */
  published: string;
  /** Folder form (`slug/index.mdx`), where photos can sit next to the story. */
  folder: boolean;
}

/** A YAML scalar in double quotes, so names with `:` or `#` stay text. */
const quoted = (text: string) => stringify(text, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();

const comments = (lines: string | readonly string[], indent = '') =>
  (typeof lines === 'string' ? [lines] : lines).map((line) => `${indent}# ${line}`);

/** A first summary that passes the length rule and says plainly it must be rewritten. */
function placeholderSummary(input: SkeletonInput): string {
  const award = input.award.shortName ?? input.award.name;
  const place = input.locality.shortName ?? input.locality.name;
  const long = vi.newStory.summaryPlaceholder(`${input.name} (${place})`, award, input.year);
  return long.length <= SUMMARY_LENGTH.max ? long : vi.newStory.summaryPlaceholder(vi.kinds[input.kind], award, input.year);
}

/**
 * The text of a new story: valid frontmatter with Vietnamese guidance as YAML
 * comments, `draft: true` so it is never published by accident, `sample: false`,
 * and a plain Markdown placeholder body.
 */
export function storySkeleton(input: SkeletonInput): string {
  const g = vi.newStory.guide;
  const lines = [
    '---',
    ...comments(g.header(input.published)),
    '',
    ...comments(g.title),
    `title: ${quoted(input.title)}`,
    'subject:',
    ...comments(g.kind, '  '),
    `  kind: ${input.kind}`,
    ...comments(g.name, '  '),
    `  name: ${quoted(input.name)}`,
    ...comments(g.role, '  '),
    ...comments(`role: ${quoted(g.roleExample)}`, '  '),
    ...comments(g.field),
    `field: ${input.field.id} # ${input.field.name}`,
    ...comments(g.locality),
    `locality: ${input.locality.id} # ${input.locality.name}`,
    ...comments(g.awards),
    'awards:',
    `  - award: ${input.award.id} # ${input.award.name}`,
    `    year: ${input.year}`,
    ...comments(g.decision, '    '),
    ...comments(`decision: ${quoted(g.decisionExample)}`, '    '),
    ...comments(g.movement),
    ...comments('movement: thi-dua-yeu-nuoc'),
    ...comments(g.summary),
    `summary: ${quoted(placeholderSummary(input))}`,
    ...comments(g.cover),
    ...(input.folder ? [] : comments(g.coverFlat)),
    ...comments(['cover: ./anh-bia.jpg', `coverAlt: ${quoted(g.coverAltExample)}`, `coverCredit: ${quoted(g.coverCreditExample)}`]),
    ...comments(g.practices),
    ...comments(['practices:', `  - ${quoted(g.practicesExample)}`]),
    ...comments(g.published),
    `published: ${input.published}`,
    ...comments(g.featured),
    'featured: false',
    ...comments(g.draft),
    'draft: true',
    ...comments(g.sample),
    'sample: false',
    ...comments(g.body),
    '---',
    '',
    ...vi.newStory.bodyPlaceholder.flatMap((paragraph) => [paragraph, '']),
  ];
  return lines.join('\n');
}
