import { expect, test } from 'vitest';
import { countCharacters, limitInWords } from '../../src/lib/eoi/character-count.ts';

test('without JavaScript the page says the limit, in figures with a thousands comma', () => {
  expect(limitInWords(1000)).toBe('You can enter up to 1,000 characters');
});

test.each([
  [0, 'You have 1,000 characters remaining', false],
  [999, 'You have 1 character remaining', false],
  [1000, 'You have 0 characters remaining', false],
  [1001, 'You have 1 character too many', true],
  [1250, 'You have 250 characters too many', true],
])('%i characters of 1,000: "%s"', (length, message, over) => {
  expect(countCharacters(1000, length)).toEqual({ message, over });
});
