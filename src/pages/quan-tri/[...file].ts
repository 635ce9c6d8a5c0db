import type { APIRoute, GetStaticPaths } from 'astro';
import { sveltiaFiles } from '../../editor/sveltia-files.ts';
import { paths } from '../../lib/urls.ts';
import { withBase } from '../../lib/with-base.ts';

/** Sveltia CMS and what it would otherwise fetch from CDNs, copied from node_modules at build time. */
export const getStaticPaths = (() =>
  Object.keys(sveltiaFiles(withBase(paths.editor()))).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const make = sveltiaFiles(withBase(paths.editor()))[params.file ?? ''];
  if (!make) return new Response(null, { status: 404 });
  const body = make();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body));
};
