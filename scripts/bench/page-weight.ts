// Page weight: what each page costs to load (HTML, and the CSS and JavaScript it loads before it is
// usable), and the CSS of the whole site, all gzipped, against the budgets.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { BUDGET, mark, type Verdict } from './budgets.ts';
import { fileForPath, publicHtmlFiles, type PageType } from './pages.ts';
import { gzipSize, kb } from './sizes.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Each JavaScript file the page loads, with its size: what to look at when over budget. */
  jsParts: string[];
  /** Kept out of search engines on purpose (`noindex`). */
  noindex: boolean;
}

/** The JavaScript files a module pulls in before it can run (its static imports, all the way down). */
function staticImports(dist: string, file: string, seen: Set<string>) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const pattern =
    /(?:^|[\s;})])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.m?js)["']/g;
  for (const [, specifier = ''] of code.matchAll(pattern)) {
    const target = specifier.startsWith('/')
      ? join(dist, specifier)
      : join(dirname(file), specifier);
    staticImports(dist, target, seen);
  }
}

const filesGzip = (files: Set<string>) =>
  [...files].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);

/** What a page costs to load, `origin` being the address the site was built for. */
export function pageWeight(dist: string, path: string, origin: string): PageWeight {
  const html = readFileSync(fileForPath(dist, path), 'utf8');
  const { document } = new JSDOM(html).window;
  const local = (url: string | null) => {
    if (!url) return null;
    const resolved = new URL(url, `${origin}${path}`);
    return resolved.origin === origin ? join(dist, resolved.pathname) : null;
  };
  const cssFiles = new Set<string>();
  const jsFiles = new Set<string>();
  let inlineCss = 0;
  let inlineJs = 0;
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const file = local(link.getAttribute('href'));
    if (file) cssFiles.add(file);
  }
  for (const style of document.querySelectorAll('style')) {
    inlineCss += gzipSize(style.textContent ?? '');
  }
  const moduleUrls = [
    ...[...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')),
    ...[...document.querySelectorAll('link[rel="modulepreload"][href]')].map((link) =>
      link.getAttribute('href'),
    ),
    ...[...document.querySelectorAll('astro-island')].flatMap((island) =>
      ['component-url', 'renderer-url', 'before-hydration-url'].map((name) =>
        island.getAttribute(name),
      ),
    ),
  ];
  for (const url of moduleUrls) {
    const file = local(url);
    if (file) staticImports(dist, file, jsFiles);
  }
  for (const script of document.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type') ?? '';
    if (type !== '' && type !== 'module' && !/javascript/.test(type)) continue;
    const code = script.textContent ?? '';
    inlineJs += gzipSize(code);
    // An inline module can import bundled chunks too.
    for (const [, specifier = ''] of code.matchAll(/["'](\/_astro\/[^"']+\.js)["']/g)) {
      staticImports(dist, join(dist, specifier), jsFiles);
    }
  }
  const jsParts = [...jsFiles].map(
    (file) => `${relative(dist, file).split(sep).join('/')} ${kb(gzipSize(readFileSync(file)))}`,
  );
  return {
    html: gzipSize(html),
    css: filesGzip(cssFiles) + inlineCss,
    js: filesGzip(jsFiles) + inlineJs,
    jsParts: inlineJs ? [...jsParts, `inline scripts ${kb(inlineJs)}`] : jsParts,
    noindex: document.querySelector('meta[name="robots"][content*="noindex"]') !== null,
  };
}

export function weightVerdict(type: PageType, weight: PageWeight): Verdict {
  const overHtml = weight.html > BUDGET.html;
  const overJs = weight.js > type.js;
  const failures = [];
  if (overHtml) failures.push(`${type.name}: HTML ${kb(weight.html)} > ${kb(BUDGET.html)}`);
  if (overJs) {
    failures.push(
      `${type.name}: JavaScript ${kb(weight.js)} > ${kb(type.js)} (${weight.jsParts.join(', ')})`,
    );
  }
  return {
    rows: [
      [
        `${type.name}: HTML / CSS / JS (gzip)`,
        `${kb(weight.html)} / ${kb(weight.css)} / ${kb(weight.js)}`,
        `${kb(BUDGET.html)} / site ${kb(BUDGET.siteCss)} / ${kb(type.js)}`,
        mark(overHtml || overJs),
      ],
    ],
    failures,
    notes: [],
  };
}

export interface SiteCss {
  bytes: number;
  /** Web fonts the pages load or declare: the budget allows none. */
  fonts: string[];
}

/**
 * All the CSS the site's public pages load, gzipped as one stylesheet: every linked stylesheet and
 * every distinct inline block. Astro inlines each page's small component styles, one component to
 * a line, so a component shared by many pages counts once. Files nothing links to (Pagefind writes
 * its own UI's stylesheets) are not counted.
 */
export function siteCss(dist: string, origin: string): SiteCss {
  const pieces = new Set<string>();
  const fonts = new Set<string>();
  for (const file of publicHtmlFiles(dist)) {
    const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
    for (const style of document.querySelectorAll('style')) {
      for (const line of (style.textContent ?? '').split('\n')) if (line.trim()) pieces.add(line);
    }
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
      const url = new URL(link.getAttribute('href') ?? '', origin);
      if (url.origin === origin) pieces.add(readFileSync(join(dist, url.pathname), 'utf8'));
    }
    for (const link of document.querySelectorAll('link[as="font"], link[href$=".woff2"]')) {
      fonts.add(link.getAttribute('href') ?? '');
    }
  }
  for (const css of pieces) {
    for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g)) fonts.add(face.slice(0, 80));
  }
  return { bytes: gzipSize([...pieces].join('\n')), fonts: [...fonts] };
}

export function cssVerdict(css: SiteCss): Verdict {
  const failures = [];
  if (css.bytes > BUDGET.siteCss) failures.push(`CSS ${kb(css.bytes)} > ${kb(BUDGET.siteCss)}`);
  if (css.fonts.length) failures.push(`web fonts shipped: ${css.fonts.join(', ')}`);
  return {
    rows: [
      [
        'CSS, whole site (gzip); web fonts',
        `${kb(css.bytes)}; ${css.fonts.length ? css.fonts.join(', ') : 'none'}`,
        `${kb(BUDGET.siteCss)}; none on the critical path`,
        mark(failures.length > 0),
      ],
    ],
    failures,
    notes: [],
  };
}
