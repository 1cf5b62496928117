import { expect, test } from 'vitest';
import { contactWays } from '../../src/lib/programme-contact.ts';

test('the programme team’s email and phone become links that open mail and dial, the number never split across lines', () => {
  expect(contactWays({ email: 'cop@example.org', phone: '03 9123 4567' })).toEqual([
    { verb: 'email', text: 'cop@example.org', href: 'mailto:cop@example.org' },
    { verb: 'call', text: '03\u00a09123\u00a04567', href: 'tel:0391234567' },
  ]);
  expect(contactWays()).toEqual([]);
});
