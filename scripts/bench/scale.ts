// Scale: the same build in a copy of the project with 200 and 1,000 generated CoPs (content/ is
// never touched), to see that build time, dist/ and the search index grow linearly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCollections } from '../../src/lib/content/collections.ts';
import { careerStages, settings } from '../../src/lib/cop-groups.ts';
import { PROJECT_ROOT } from '../lib/build-site.ts';
import { collectionFiles } from '../lib/content-file.ts';
import { copyProject } from '../lib/project-copy.ts';
import type { Verdict } from './budgets.ts';
import { measureBuild, type BuildMeasure } from './build-time.ts';
import { kb, mb, seconds } from './sizes.ts';

/** How many generated CoPs each scale build adds (BENCH_SCALE=200,1000). */
export const SCALE_STEPS = (process.env.BENCH_SCALE ?? '200,1000')
  .split(',')
  .filter(Boolean)
  .map(Number);

export interface ScaleStep extends BuildMeasure {
  cops: number;
}

/** The words of the real CoPs' prose, so generated ones index as real ones would. */
const WORDS = collectionFiles(join(PROJECT_ROOT, 'content'), 'cops')
  .map(({ path }) => readFileSync(path, 'utf8').split('---').at(-1))
  .join(' ')
  .split(/[^A-Za-z']+/)
  .filter((word) => word.length > 3);

/** A CoP file like the real ones, its prose drawn from their words so the index grows as it would. */
function generatedCop(index: number): string {
  const pick = (n: number, offset: number) =>
    Array.from({ length: n }, (_, i) => WORDS[(index * 7919 + offset + i * 104729) % WORDS.length]);
  const paragraph = (offset: number) => `${pick(60, offset).join(' ')}.`;
  // JSON strings are YAML strings: no quoting surprises.
  const text = (words: unknown[]) => JSON.stringify(words.join(' '));
  return [
    '---',
    `title: ${text(['Bench', ...pick(3, 1), 'CoP', String(index)])}`,
    `summary: ${text(['Generated for the benchmark:', ...pick(8, 2)])}`,
    'audience:',
    `  - ${text(pick(8, 3))}`,
    `  - ${text(pick(8, 4))}`,
    `careerStage: ${careerStages[index % careerStages.length]}`,
    `setting: ${settings[index % settings.length]}`,
    `order: ${1000 + index}`,
    '---',
    '',
    paragraph(5),
    '',
    paragraph(6),
    '',
    paragraph(7),
    '',
  ].join('\n');
}

/** Builds a copy of the project with `count` more CoPs and measures it. */
export async function scaleBuild(count: number, origin: string): Promise<ScaleStep> {
  const copy = await copyProject({ content: 'real' });
  try {
    for (let index = 1; index <= count; index += 1) {
      const name = `bench-${String(index).padStart(4, '0')}.mdx`;
      await copy.write(join('content', contentCollections.cops.folder, name), generatedCop(index));
    }
    return { cops: count, ...(await measureBuild(copy.root, origin)) };
  } finally {
    await copy.dispose();
  }
}

/**
 * Each step against the real site ("per page vs real") and against the step before it ("per
 * added page": the same on every row is linear growth).
 */
export function scaleVerdict(real: BuildMeasure, steps: ScaleStep[]): Verdict {
  const rows: Verdict['rows'] = [];
  let previous = real;
  for (const step of steps) {
    const perPage = (value: number, realValue: number) =>
      realValue ? `×${(value / step.pages / (realValue / real.pages)).toFixed(2)}` : 'n/a';
    const added = step.pages - previous.pages;
    const marginal = [
      `${Math.round((step.ms - previous.ms) / added)} ms`,
      kb((step.distBytes - previous.distBytes) / added),
      kb((step.indexBytes - previous.indexBytes) / added),
    ].join(' / ');
    rows.push([
      `scale: +${step.cops} CoPs (${step.pages} pages)`,
      `${seconds(step.ms)}, dist ${mb(step.distBytes)}, index ${mb(step.indexBytes)}; ` +
        `per page vs real ${perPage(step.ms, real.ms)} / ${perPage(step.distBytes, real.distBytes)} / ${perPage(step.indexBytes, real.indexBytes)}; ` +
        `per added page ${marginal}`,
      'linear: per added page steady',
      '',
    ]);
    previous = step;
  }
  return { rows, failures: [], notes: [] };
}
