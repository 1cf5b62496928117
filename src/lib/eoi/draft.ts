/**
 * The unsent form, kept in sessionStorage so a reload loses nothing. Never localStorage: on a
 * shared device the next person must not find it. Quick exit clears sessionStorage as a whole.
 */
import { valuesFromEntries } from './payload.ts';
import { EOI_FIELDS, type EoiValues } from './schema.ts';
import { REFERENCE_PATTERN } from './reference.ts';

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

/** Reads back only what the form could have written: known fields, text and lists of text. */
function parseDraft(text: string): Draft | undefined {
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null) return undefined;
  const { values, reference } = data as { values?: unknown; reference?: unknown };
  if (typeof values !== 'object' || values === null) return undefined;
  return {
    values: valuesFromEntries(Object.entries(values)),
    reference:
      typeof reference === 'string' && REFERENCE_PATTERN.test(reference) ? reference : undefined,
  };
}

/** A draft store over the given storage; storage that is missing, full or blocked is ignored. */
export function draftStore(storage: DraftStorage | undefined = pageSessionStorage()): DraftStore {
  return {
    load() {
      try {
        const text = storage?.getItem(DRAFT_KEY);
        return text ? parseDraft(text) : undefined;
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
 * the CoP named in the address is added to the ticked CoPs.
 */
export function restoreValues({ initial, typed, draft, cop }: RestoreSources): EoiValues {
  const restored: EoiValues = { ...initial, cops: [...initial.cops] };
  for (const field of EOI_FIELDS) {
    if (field === 'cops') {
      const changed = typed.cops.join() !== initial.cops.join();
      restored.cops = [...(changed ? typed.cops : (draft?.cops ?? initial.cops))];
    } else {
      const changed = typed[field] !== initial[field];
      restored[field] = changed ? typed[field] : (draft?.[field] ?? initial[field]);
    }
  }
  if (cop && !restored.cops.includes(cop)) restored.cops.push(cop);
  return restored;
}
