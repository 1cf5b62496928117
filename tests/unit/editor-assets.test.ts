import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  EDITOR_IMMUTABLE_PATH,
  immutableVersionAsked,
  localiseEditorScript,
  localiseImmutable,
} from '../../src/lib/editor/assets.ts';

const script = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');
const installed = (
  JSON.parse(readFileSync('node_modules/immutable/package.json', 'utf8')) as { version: string }
).version;

describe("the editor's script as /admin/ serves it", () => {
  test('asks for the Immutable version package.json pins, from this site, not unpkg.com', () => {
    expect(immutableVersionAsked(script)).toBe(installed);
    const local = localiseEditorScript(script, installed);
    expect(local).toContain(`import(\`${EDITOR_IMMUTABLE_PATH}\`)`);
    expect(local).not.toMatch(/`immutable`,`dist\/immutable\.es\.js`/);
  });

  test('a new editor asking for another Immutable stops the build, saying what to install', () => {
    const newer = script.replace(/\bimmutable:`\^[\d.]+`/, 'immutable:`^5.9.0`');
    expect(() => localiseImmutable(newer, installed)).toThrow(
      `npm install --save-exact immutable@5.9.0`,
    );
  });

  test('a new editor loading Immutable some other way stops the build', () => {
    const other = script.replaceAll('`dist/immutable.es.js`', '`dist/immutable.mjs`');
    expect(() => localiseImmutable(other, installed)).toThrow(/no longer loads Immutable\.js/);
  });
});
