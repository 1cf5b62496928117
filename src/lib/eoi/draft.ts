/**
 * The unsent form, kept in sessionStorage so a reload loses nothing. Never localStorage: on a
 * shared device the next person must not find it. Quick exit clears sessionStorage as a whole.
 */
import { valuesFromEntries } from './payload.ts';
import { canChoose, isListKind, type Question } from './questions.ts';
import { REFERENCE_PATTERN } from './reference.ts';
import { listOf, textOf, type EoiValues } from './schema.ts';

export const DRAFT_KEY = 'eoi-draft';

/** What a draft holds: the answers so far, and the reference if a send was tried. */
export interface Draft {
  values: EoiValues;
  reference?: string | undefined;
}

/** The part of the Web Storage API a draft needs. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftStore {
  load(): Draft | undefined;
  save(draft: Draft): void;
  clear(): void;
}

/** The page's sessionStorage, or nothing where the browser blocks it. */
export function pageSessionStorage(): DraftStorage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads back only what the form could have written: its questions, text and lists of text. */
function parseDraft(text: string, questions: readonly Question[]): Draft | undefined {
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null) return undefined;
  const { values, reference } = data as { values?: unknown; reference?: unknown };
  if (typeof values !== 'object' || values === null) return undefined;
  return {
    values: valuesFromEntries(Object.entries(values), questions),
    reference:
      typeof reference === 'string' && REFERENCE_PATTERN.test(reference) ? reference : undefined,
  };
}

/**
 * A draft store for these questions over the given storage; storage that is missing, full or
 * blocked is ignored.
 */
export function draftStore(
  questions: readonly Question[],
  storage: DraftStorage | undefined = pageSessionStorage(),
): DraftStore {
  return {
    load() {
      try {
        const text = storage?.getItem(DRAFT_KEY);
        return text ? parseDraft(text, questions) : undefined;
      } catch {
        return undefined;
      }
    },
    save(draft) {
      try {
        storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
      } catch {
        // A full or blocked storage only costs the draft; the form still works.
      }
    },
    clear() {
      try {
        storage?.removeItem(DRAFT_KEY);
      } catch {
        // Nothing to clear where storage is blocked.
      }
    },
  };
}

/** What the page holds when the island wakes up, and what a draft and the address add. */
export interface RestoreSources {
  /** The answers the server rendered (an intake may be pre-chosen). */
  initial: EoiValues;
  /** What the form fields hold: typed before the script ran, or refilled by the browser. */
  typed: EoiValues;
  draft?: EoiValues | undefined;
  /** The `?cop=` of the address, if it names a CoP on offer. */
  cop?: string | undefined;
}

/**
 * The answers to start from: whatever was typed before the island woke, else the draft;
 * the CoP named in the address is added to the ticked CoPs. A box that cannot be ticked now (a
 * CoP full since the draft was kept) is left unticked.
 */
export function restoreValues(
  questions: readonly Question[],
  { initial, typed, draft, cop }: RestoreSources,
): EoiValues {
  const restored: EoiValues = {};
  for (const { id, kind, options } of questions) {
    if (isListKind(kind)) {
      const changed = listOf(typed, id).join() !== listOf(initial, id).join();
      const ticked = changed ? listOf(typed, id) : listOf(draft ?? initial, id);
      restored[id] = ticked.filter((value) => canChoose(options, value));
    } else {
      const changed = textOf(typed, id) !== textOf(initial, id);
      const fromDraft = draft && typeof draft[id] === 'string' ? draft[id] : textOf(initial, id);
      restored[id] = changed ? textOf(typed, id) : fromDraft;
    }
  }
  const cops = listOf(restored, 'cops');
  if (cop && !cops.includes(cop)) restored['cops'] = [...cops, cop];
  return restored;
}
