import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFonts } from '../../../data/editor.ts';

export const getStaticPaths = (() =>
  editorFonts.map((font) => ({
    params: { font: font.name.replace(/\.woff2$/, '') },
    props: font,
  }))) satisfies GetStaticPaths;

type Props = (typeof editorFonts)[number];

/** The editor's fonts, from their npm packages. */
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await props.read()), { headers: { 'Content-Type': 'font/woff2' } });
