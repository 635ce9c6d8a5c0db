import type { APIRoute } from 'astro';
import { contentRoot } from '../../content-paths.ts';
import { editorConfigYaml, repoContentDir } from '../../editor/cms-config.ts';

/** The editor's configuration, generated from the story schema at every build. */
export const GET: APIRoute = () =>
  new Response(editorConfigYaml({ contentDir: repoContentDir(contentRoot()) }), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
