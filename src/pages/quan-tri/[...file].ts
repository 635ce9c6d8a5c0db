import type { APIRoute, GetStaticPaths } from 'astro';
import { sveltiaFiles } from '../../editor/sveltia-files.ts';
import { paths } from '../../lib/urls.ts';
import { withBase } from '../../lib/with-base.ts';

type Props = { make: () => string | Buffer };

/** Sveltia CMS and what it would otherwise fetch from CDNs, copied from node_modules at build time. */
export const getStaticPaths = (() =>
  Object.entries(sveltiaFiles(withBase(paths.editor()))).map(([file, make]) => ({ params: { file }, props: { make } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  const body = props.make();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body));
};
