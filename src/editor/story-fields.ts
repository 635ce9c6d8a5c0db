import { COVER_RULES } from '../content-rules/rules/cover-file.ts';
import { DATA_FILES } from '../content-paths.ts';
import { vi } from '../i18n/vi.ts';
import { KINDS } from '../schemas/kind.ts';
import { storyField, type SchemaNode } from './story-facts.ts';

/** One Sveltia CMS field, as written into config.yml. */
export type CmsField = Record<string, unknown> & { name: string; widget: string };

/** The hidden collection that holds the vocabulary files, and each file's name in it. */
export const VOCABULARY_COLLECTION = 'danh-muc';
export const VOCABULARIES = ['fields', 'localities', 'awards', 'movements'] as const satisfies readonly (keyof typeof DATA_FILES)[];
export type EditorVocabulary = (typeof VOCABULARIES)[number];
/** The list field that holds a vocabulary file's entries (the file is a top-level YAML list). */
export const VOCABULARY_LIST = 'items';

type Path = keyof typeof vi.editor.fields;
const t = vi.editor.fields;

/** Name, label and required flag of a field, from its path in the schema. */
function base(path: Path, node?: { required: boolean }): { name: string; label: string; required: boolean } {
  const { required } = node ?? storyField(path);
  return { name: path.split('.').pop()!, label: t[path].label, required };
}

const hintOf = (path: Path): string => {
  const hint = t[path].hint;
  return typeof hint === 'string' ? hint : '';
};

/** Length limits of a text field, straight from the schema. */
const lengths = (node: SchemaNode) => ({
  ...(node.minLength !== undefined && { minlength: node.minLength }),
  ...(node.maxLength !== undefined && { maxlength: node.maxLength }),
});

/** A one-line (`string`) or multi-line (`text`) text field with the schema's lengths. */
function text(path: Path, widget: 'string' | 'text' = 'string', hint = hintOf(path)): CmsField {
  const { node } = storyField(path);
  return { ...base(path), widget, hint, ...lengths(node) };
}

/** A choice from a vocabulary file, storing the entry's id. */
function vocabulary(path: Path, file: EditorVocabulary): CmsField {
  return {
    ...base(path),
    widget: 'relation',
    hint: hintOf(path),
    collection: VOCABULARY_COLLECTION,
    file,
    value_field: `${VOCABULARY_LIST}.*.id`,
    search_fields: [`${VOCABULARY_LIST}.*.name`, `${VOCABULARY_LIST}.*.id`],
    display_fields: [`${VOCABULARY_LIST}.*.name`],
  };
}

/** A calendar day stored as `YYYY-MM-DD`, the form the schema reads. */
function day(path: Path, extra: Record<string, unknown> = {}): CmsField {
  return { ...base(path), widget: 'datetime', hint: hintOf(path), time_format: false, format: 'YYYY-MM-DD', picker_utc: true, ...extra };
}

function toggle(path: Path): CmsField {
  const { node } = storyField(path);
  return { ...base(path), widget: 'boolean', hint: hintOf(path), default: node.default ?? false };
}

/** List limits, from the schema. */
const counts = (node: SchemaNode) => ({
  ...(node.minItems !== undefined && { min: node.minItems }),
  ...(node.maxItems !== undefined && { max: node.maxItems }),
});

/**
 * The story form, field by field, in the order of the profile. Every limit, choice and
 * required flag is read from the checker's schema; only labels, hints and widgets are
 * chosen here. `sample` is not offered: stories written in the form are about real people.
 */
export function storyFields(now = new Date()): CmsField[] {
  const title = storyField('title').node;
  const name = storyField('subject.name').node;
  const summary = storyField('summary').node;
  const awards = storyField('awards').node;
  const year = storyField('awards.year').node;
  const practices = storyField('practices').node;
  const practice = practices.items!;
  const maxYear = now.getUTCFullYear();
  return [
    text('title', 'string', t.title.hint(title.minLength!, title.maxLength!)),
    {
      ...base('subject'),
      widget: 'object',
      hint: hintOf('subject'),
      collapsed: false,
      fields: [
        {
          ...base('subject.kind'),
          widget: 'select',
          hint: hintOf('subject.kind'),
          options: (storyField('subject.kind').node.enum ?? KINDS).map((kind) => ({
            value: kind,
            label: vi.kinds[kind as (typeof KINDS)[number]],
          })),
        },
        text('subject.name', 'string', t['subject.name'].hint(name.minLength!, name.maxLength!)),
        text('subject.role'),
      ],
    },
    vocabulary('field', 'fields'),
    vocabulary('locality', 'localities'),
    {
      ...base('awards'),
      widget: 'list',
      hint: t.awards.hint(awards.minItems ?? 1),
      label_singular: t.awards.singular,
      ...counts(awards),
      collapsed: false,
      summary: '{{fields.year}}',
      fields: [
        vocabulary('awards.award', 'awards'),
        {
          ...base('awards.year'),
          widget: 'number',
          value_type: 'int',
          hint: t['awards.year'].hint(year.minimum!, maxYear),
          min: year.minimum,
          // The schema's own ceiling is "this year"; the form's is the year it was built.
          max: maxYear,
        },
        text('awards.decision'),
      ],
    },
    vocabulary('movement', 'movements'),
    text('summary', 'text', t.summary.hint(summary.minLength!, summary.maxLength!)),
    {
      ...base('cover'),
      widget: 'image',
      hint: t.cover.hint(COVER_RULES.minWidth, COVER_RULES.maxBytes / 1024 / 1024),
      // Pictures from other sites are refused by the checker: only uploads.
      choose_url: false,
      accept: 'image/jpeg,image/png,image/webp',
    },
    text('coverAlt', 'text'),
    text('coverCredit'),
    {
      ...base('practices'),
      widget: 'list',
      hint: t.practices.hint(practices.maxItems!, practice.minLength!, practice.maxLength!),
      label_singular: t.practices.singular,
      ...counts(practices),
      field: { name: 'practice', label: t.practices.singular, widget: 'text', ...lengths(practice) },
    },
    {
      ...base('visit'),
      widget: 'object',
      hint: hintOf('visit'),
      collapsed: true,
      fields: [text('visit.host'), text('visit.arrangements', 'text')],
    },
    {
      ...base('followUps'),
      widget: 'list',
      hint: hintOf('followUps'),
      label_singular: t.followUps.singular,
      ...counts(storyField('followUps').node),
      fields: [day('followUps.date'), text('followUps.text', 'text')],
    },
    day('published', { default: '{{now}}' }),
    day('updated'),
    toggle('featured'),
    toggle('draft'),
    // The story itself; the checker refuses an empty one.
    { name: 'body', label: t.body.label, hint: t.body.hint, widget: 'markdown', required: true },
  ];
}
