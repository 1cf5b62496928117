import type { AstroIntegration } from 'astro';
import { generateOpenGraphImage, type OGImageOptions } from 'astro-og-canvas';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readShareCardRequest, shareCardText, type ShareCardRequest } from '../lib/share-card.ts';

const fontFile = (weight: number) =>
  createRequire(import.meta.url).resolve(
    `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`,
  );

/** The site's colours (src/styles/global.css): white on --brand-dark, a band of --accent. */
const BRAND_DARK: [number, number, number] = [0x3d, 0x1a, 0x5b];
const ACCENT: [number, number, number] = [0xa4, 0x12, 0x3f];

/** How a card is drawn. Fonts come from an npm package: nothing is fetched from another site. */
function imageOptions({ title, siteName }: ShareCardRequest, cacheDir: string): OGImageOptions {
  const text = shareCardText(title, siteName);
  const family = ['Atkinson Hyperlegible'];
  return {
    cacheDir,
    title: text.title,
    description: text.byline ?? '',
    fonts: [fontFile(400), fontFile(700)],
    bgGradient: [BRAND_DARK],
    border: { color: ACCENT, width: 24, side: 'block-end' },
    padding: 72,
    font: {
      title: { families: family, weight: 'Bold', size: 76, lineHeight: 1.15 },
      description: { families: family, size: 34, lineHeight: 1.3 },
    },
  };
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Draws the share picture each built page's `og:image` names, from its `og:title` and
 * `og:site_name`, after every `astro build`: every page has one, with no list to keep up to date.
 */
export default function shareImages(): AstroIntegration {
  // Pictures whose words have not changed are reused from here; a copy of the project has its own.
  let cacheDir = '';
  return {
    name: 'share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('node_modules/.cache/share-images/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const cards = new Map<string, ShareCardRequest>();
        for (const file of await htmlFiles(root)) {
          const card = readShareCardRequest(await readFile(file, 'utf8'));
          if (!card) continue;
          const seen = cards.get(card.image);
          // Two pages that share a picture must agree on what it says.
          if (seen && seen.title !== card.title) {
            throw new Error(
              `Two pages want different words on ${card.image}: "${seen.title}" and "${card.title}".`,
            );
          }
          cards.set(card.image, card);
        }
        for (const [image, card] of cards) {
          const file = join(root, image);
          await mkdir(dirname(file), { recursive: true });
          // Typed as a fetch body (it is a Buffer): Response reads any body as bytes.
          const png = new Response(await generateOpenGraphImage(imageOptions(card, cacheDir)));
          await writeFile(file, new Uint8Array(await png.arrayBuffer()));
        }
        const seconds = (performance.now() - started) / 1000;
        const each = cards.size ? Math.round((seconds * 1000) / cards.size) : 0;
        logger.info(`Drew ${cards.size} share images in ${seconds.toFixed(2)}s (${each} ms each).`);
      },
    },
  };
}
