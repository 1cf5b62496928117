import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { careerStages } from '../../src/schemas/cop';

const ROOT = join(import.meta.dirname, '../..');
const PROJECT_FILES = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'content',
  'public',
];
const copies: string[] = [];

/**
 * A copy of the project in a temp folder, so a test can break its content without touching
 * content/. Its node_modules links each package but keeps Astro's and Vite's caches its own.
 */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'cop-site-build-'));
  copies.push(copy);
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.vitest') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return copy;
}

/** Runs `astro build` in the copy; resolves with its exit code and everything it printed. */
async function build(copy: string): Promise<{ code: number; output: string }> {
  const astro = join(copy, 'node_modules/astro/bin/astro.mjs');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [astro, 'build'], {
      cwd: copy,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Replaces one line of a content file in the copy, failing loudly if the line is not there. */
function edit(copy: string, file: string, line: RegExp, replacement: string) {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  if (!line.test(text)) throw new Error(`${file} has no line matching ${line}`);
  writeFileSync(path, text.replace(line, replacement));
}

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

describe('a content mistake stops the build with a line an editor can act on', () => {
  test('a CoP with an unknown career stage names the file, the field and the choices', async () => {
    const copy = projectCopy();
    const [cop] = readdirSync(join(copy, 'content/cops')).filter((name) => name.endsWith('.mdx'));
    const file = `content/cops/${cop}`;
    edit(copy, file, /^careerStage: .*$/m, 'careerStage: junior');

    const { code, output } = await build(copy);

    expect(code).not.toBe(0);
    const choices = careerStages.map((stage) => `"${stage}"`).join(', ');
    expect(output).toContain(
      `${file}: field "careerStage" is "junior"; expected one of ${choices}.`,
    );
    expect(output).not.toMatch(/^\s+at /m);
  }, 60_000);

  test('an impossible day written without quotes is refused, not moved to the next month', async () => {
    const copy = projectCopy();
    const [programme] = readdirSync(join(copy, 'content/programme'));
    const file = `content/programme/${programme}`;
    edit(copy, file, /^( {2}from: ).*$/m, '$12025-02-30');

    const { code, output } = await build(copy);

    expect(code).not.toBe(0);
    expect(output).toContain(
      `${file}: field "runs.from" is "2025-02-30"; expected a real date written as YYYY-MM or YYYY-MM-DD, like 2024-08 or 2024-08-15.`,
    );
  }, 60_000);
});
