import { expect, test } from 'vitest';
import {
  createReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
} from '../../src/lib/eoi/reference.ts';

test('a reference reads like EOI-7K3F-2Q', () => {
  for (let i = 0; i < 200; i += 1) expect(createReference()).toMatch(REFERENCE_PATTERN);
  expect('EOI-7K3F-2Q').toMatch(REFERENCE_PATTERN);
});

test('it never uses characters that are misread aloud or on paper', () => {
  const seen = new Set(
    Array.from({ length: 500 }, () => createReference().slice(4).replace('-', '')).join(''),
  );
  for (const character of '01ILOU') expect(seen.has(character)).toBe(false);
  expect(REFERENCE_ALPHABET).toHaveLength(30);
});

test('references made one after another differ', () => {
  const references = new Set(Array.from({ length: 1000 }, () => createReference()));
  expect(references.size).toBe(1000);
});

test('bytes that would favour some characters are drawn again', () => {
  // 240 and above would make the first 16 characters likelier; they must be skipped.
  const random = (bytes: Uint8Array<ArrayBuffer>) => {
    bytes.set([255, 240, 0, 1, 2, 3, 4, 5]);
    return bytes;
  };
  const [a, b, c, d, e, f] = REFERENCE_ALPHABET;
  expect(createReference(random)).toBe(`EOI-${a}${b}${c}${d}-${e}${f}`);
});
