import path from 'node:path';
import { stringify } from 'yaml';
import { COVER_RULES } from '../content-rules/rules/cover-file.ts';
import { DATA_FILES, STORIES_DIR } from '../content-paths.ts';
import { checkText } from '../i18n/check.ts';
import { vi } from '../i18n/vi.ts';
import { githubRepoUrl } from '../lib/github-repo-url.ts';
import { REPO_URL } from '../lib/repo-url.ts';
import { STORY_COLLECTION } from './collection-names.ts';
import { storyFields, VOCABULARIES, VOCABULARY_COLLECTION, VOCABULARY_LIST } from './story-fields.ts';

/**
 * `owner/name` of a github.com repository address, e.g. https://github.com/a/b → a/b.
 * REPO_URL may name another host (a GitHub Enterprise server, say); the editor talks only
 * to api.github.com (its Content-Security-Policy says so), so such a build stops here.
 */
export function githubRepo(url: string): string {
  const web = githubRepoUrl(url);
  if (!web) throw new Error(checkText.editorNeedsGitHub(url));
  return new URL(web).pathname.slice(1);
}

/**
 * The content root as the repository names it (`content`), for the editor's paths.
 * A CONTENT_DIR outside the project cannot be edited through GitHub; it falls back to `content`.
 */
export function repoContentDir(root: string, projectRoot = process.cwd()): string {
  const rel = path.relative(projectRoot, root).split(path.sep).join('/');
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : 'content';
}

export interface EditorConfigOptions {
  /** The repository's URL (REPO_URL). */
  repoUrl?: string;
  /** The content folder inside the repository. */
  contentDir: string;
  /** Today: the latest award year the form accepts. */
  now?: Date;
}

/**
 * Sveltia CMS's configuration for /quan-tri/: GitHub with a personal access token (no
 * server), a branch and pull request per story (editorial workflow), folder stories
 * `stories/<slug>/index.mdx` with the cover beside them, ASCII slugs from the subject's
 * name, and the vocabularies read from their YAML lists, so a new entry there shows in the
 * form without touching this file.
 */
export function editorConfig({ repoUrl = REPO_URL, contentDir, now }: EditorConfigOptions): Record<string, unknown> {
  const c = vi.editor.collection;
  return {
    backend: {
      name: 'github',
      repo: githubRepo(repoUrl),
      branch: 'main',
      auth_methods: ['token'],
    },
    publish_mode: 'editorial_workflow',
    // Stories keep their pictures beside them (the collection's entry-relative media folder).
    // Sveltia insists on a shared folder too: the stories folder, where a stray picture is
    // refused by the checker ("only .mdx files or story folders"). No stock photos from other sites, uploads as big as the checker allows,
    // file names made ASCII like slugs ("Ảnh bìa.JPG" → "anh-bia.jpg").
    media_folder: `${contentDir}/${STORIES_DIR}`,
    media_libraries: {
      default: { config: { max_file_size: COVER_RULES.maxBytes, slugify_filename: true } },
      stock_assets: { providers: [] },
    },
    slug: { encoding: 'ascii', clean_accents: true },
    output: { omit_empty_optional_fields: true },
    collections: [
      {
        name: STORY_COLLECTION,
        label: c.stories.label,
        label_singular: c.stories.singular,
        description: c.stories.description,
        folder: `${contentDir}/${STORIES_DIR}`,
        path: '{{slug}}/index',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        delete: false,
        slug: '{{fields.subject.name}}',
        identifier_field: 'title',
        summary: '{{title}}',
        // Pictures beside index.mdx, written `./anh-bia.jpg` as the checker and Astro read them.
        media_folder: '',
        public_folder: '.',
        fields: storyFields(now),
      },
      {
        name: VOCABULARY_COLLECTION,
        label: c.vocabularies.label,
        // Only relations read these; the editorial board edits them in the repository.
        hide: true,
        files: VOCABULARIES.map((name) => ({
          name,
          label: c[name],
          file: `${contentDir}/${DATA_FILES[name]}`,
          format: 'yaml',
          fields: [
            {
              name: VOCABULARY_LIST,
              label: c[name],
              widget: 'list',
              root: true,
              fields: [
                { name: 'id', label: 'id', widget: 'string' },
                { name: 'name', label: 'name', widget: 'string' },
              ],
            },
          ],
        })),
      },
    ],
  };
}

/** The configuration as the YAML file the editor loads. */
export function editorConfigYaml(options: EditorConfigOptions): string {
  return `# Generated at build time by src/editor/cms-config.ts from the story schema; do not edit.\n${stringify(editorConfig(options), { lineWidth: 0 })}`;
}
