import { expect, test } from 'vitest';
import { LOCAL_INBOX, resolveFormService } from '../../src/lib/eoi/service.ts';

test('a form id sends to Formspree', () => {
  expect(resolveFormService({ formId: 'xyzabcd' })).toEqual({
    origin: 'https://formspree.io',
    formId: 'xyzabcd',
    action: 'https://formspree.io/f/xyzabcd',
    local: false,
  });
});

test('a form id and another origin send there', () => {
  expect(resolveFormService({ formId: 'local', origin: 'http://127.0.0.1:4201/' }).action).toBe(
    'http://127.0.0.1:4201/f/local',
  );
});

test('no form id sends to the local inbox, and says so', () => {
  const service = resolveFormService({ formId: '  ' });
  expect(service.action).toBe(`${LOCAL_INBOX.origin}/f/local`);
  expect(service.local).toBe(true);
});
