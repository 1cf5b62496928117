import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtFileExists, builtPages, DIST } from '../support/built-site.ts';

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string) {
  const bytes = readFileSync(join(DIST, path));
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is not a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The browser editor at /admin/ is for staff, not for sharing: it has no card.
const publicPages = builtPages().filter(({ path }) => !path.startsWith('/admin/'));

for (const { file, path } of publicPages) {
  test(`${path} shares as a large card with a 1200 × 630 picture of its title`, () => {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'og:image');
    expect(image, 'og:image').toMatch(/^https?:\/\/.+\.png$/);
    const imagePath = new URL(image!).pathname;
    expect(builtFileExists(imagePath), `${imagePath} was not drawn`).toBe(true);
    expect(pngSize(imagePath)).toEqual({ width: 1200, height: 630 });
    expect(meta(html, 'og:image:alt')).toContain(meta(html, 'og:title'));
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });
}
