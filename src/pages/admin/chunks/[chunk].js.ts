import type { APIRoute, GetStaticPaths } from 'astro';
import { editorChunks } from '../../../data/editor.ts';

export const getStaticPaths = (() =>
  editorChunks.map((chunk) => ({
    params: { chunk: chunk.name },
    props: chunk,
  }))) satisfies GetStaticPaths;

type Props = (typeof editorChunks)[number];

/** The editor's own chunks (react-dom draws the preview templates), from its npm package. */
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await props.read(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
