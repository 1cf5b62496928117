import { describe, expect, test } from 'vitest';
import {
  DRAFT_KEY,
  draftStore,
  restoreValues,
  type DraftStorage,
} from '../../src/lib/eoi/draft.ts';
import { emptyValues } from '../../src/lib/eoi/schema.ts';
import { complete, questions } from '../fixtures/eoi-applicant.ts';

const EMPTY_VALUES = emptyValues(questions);

/** An in-memory sessionStorage. */
function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the draft store', () => {
  test('what was typed comes back after a reload, with the reference of a tried send', () => {
    const storage = memoryStorage();
    draftStore(questions, storage).save({ values: complete, reference: 'EOI-7K3F-2Q' });
    expect(draftStore(questions, storage).load()).toEqual({
      values: complete,
      reference: 'EOI-7K3F-2Q',
    });
  });

  test('clearing it leaves nothing behind', () => {
    const storage = memoryStorage();
    const store = draftStore(questions, storage);
    store.save({ values: complete });
    store.clear();
    expect(storage.items.size).toBe(0);
    expect(store.load()).toBeUndefined();
  });

  test('a tampered draft gives back only what the form could have written', () => {
    const storage = memoryStorage();
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        values: { givenName: 'Aroha', cops: ['resistance', 7], email: 12, script: 'alert(1)' },
        reference: 'not a reference',
      }),
    );
    expect(draftStore(questions, storage).load()).toEqual({
      values: { ...EMPTY_VALUES, intake: '', givenName: 'Aroha', cops: ['resistance'] },
      reference: undefined,
    });
  });

  test('a draft that is not JSON is ignored', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{not json');
    expect(draftStore(questions, storage).load()).toBeUndefined();
  });

  test('blocked or full storage never breaks the form', () => {
    const blocked: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = draftStore(questions, blocked);
    expect(() => store.save({ values: complete })).not.toThrow();
    expect(store.load()).toBeUndefined();
    expect(() => store.clear()).not.toThrow();
    expect(draftStore(questions, undefined).load()).toBeUndefined();
  });
});

describe('restoring the form when it wakes up', () => {
  const initial = EMPTY_VALUES;

  test('the draft fills the form', () => {
    expect(restoreValues(questions, { initial, typed: initial, draft: complete })).toEqual(
      complete,
    );
  });

  test('what was typed before the script ran wins over the draft', () => {
    const typed = { ...initial, givenName: 'Mere', cops: ['mid-to-senior'] };
    const restored = restoreValues(questions, { initial, typed, draft: complete });
    expect(restored.givenName).toBe('Mere');
    expect(restored.cops).toEqual(['mid-to-senior']);
    expect(restored.email).toBe(complete.email);
  });

  test('the CoP in the address is ticked, alongside any already ticked', () => {
    expect(restoreValues(questions, { initial, typed: initial, cop: 'resistance' }).cops).toEqual([
      'resistance',
    ]);
    const draft = { ...complete, cops: ['mid-to-senior'] };
    expect(
      restoreValues(questions, { initial, typed: initial, draft, cop: 'resistance' }).cops,
    ).toEqual(['mid-to-senior', 'resistance']);
    expect(
      restoreValues(questions, { initial, typed: initial, draft, cop: 'mid-to-senior' }).cops,
    ).toEqual(['mid-to-senior']);
  });

  test('with nothing saved or typed the form stays as the server drew it', () => {
    expect(restoreValues(questions, { initial, typed: initial })).toEqual(initial);
  });
});
