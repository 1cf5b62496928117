/** The search page: searches Pagefind's index as the person types, filtered by type. */
import type { TargetedEvent, TargetedKeyboardEvent, TargetedSubmitEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  SEARCH_TYPES,
  describeResultCount,
  describeType,
  describeTypePlural,
  type SearchHit,
} from '../../lib/search/results.ts';
import {
  readSearchState,
  searchStateToQueryString,
  toggleType,
  type SearchState,
} from '../../lib/search/url-state.ts';
import {
  RESULTS_PER_LOAD,
  loadHits,
  searchSite,
  type PagefindApi,
  type SearchOutcome,
} from '../../lib/search/site-search.ts';

/** Written by the build (src/integrations/pagefind.ts); a variable, so the bundler leaves it alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Long enough to skip the words in between while someone types, short enough to feel instant. */
const TYPING_PAUSE_MS = 150;

let pagefindLoading: Promise<PagefindApi> | undefined;

/** Loads Pagefind's runtime once, on the first search (or the first focus of the search box). */
function loadPagefindRuntime(): Promise<PagefindApi> {
  pagefindLoading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    await pagefind.options({ excerptLength: 24 });
    // Loads the filter index now, so the first results arrive with their counts.
    await pagefind.filters();
    return pagefind;
  })().catch((error: unknown) => {
    pagefindLoading = undefined;
    throw error;
  });
  return pagefindLoading;
}

export interface SiteLink {
  title: string;
  url: string;
}

export interface SearchProps {
  /** Every Community of Practice, offered when nothing matches. */
  cops: SiteLink[];
  /** The site's other pages, offered when nothing matches. */
  pages: SiteLink[];
  /** Where Pagefind comes from: the built index, or a stand-in in tests. */
  loadPagefind?: () => Promise<PagefindApi>;
}

type View =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'unavailable' }
  | { kind: 'results'; query: string; outcome: SearchOutcome };

export default function Search({ cops, pages, loadPagefind = loadPagefindRuntime }: SearchProps) {
  // Null until the address has been read: the server cannot know it.
  const [state, setState] = useState<SearchState | null>(null);
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const typing = useRef(false);
  const latestSearch = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => setState(readSearchState(location.search)), []);

  useEffect(() => {
    if (!state) return;
    const address = `${location.pathname}${searchStateToQueryString(state)}`;
    if (address !== `${location.pathname}${location.search}`) {
      history.replaceState(history.state, '', address);
    }
    const search = ++latestSearch.current;
    const query = state.query.trim();
    if (!query) {
      setView({ kind: 'idle' });
      setAnnouncement('');
      return;
    }
    const timer = setTimeout(
      async () => {
        setView((current) => (current.kind === 'results' ? current : { kind: 'searching' }));
        try {
          const outcome = await searchSite(await loadPagefind(), state);
          if (search !== latestSearch.current) return;
          setView({ kind: 'results', query, outcome });
          setAnnouncement(describeResultCount({ query, ...outcome, types: state.types }));
        } catch {
          if (search !== latestSearch.current) return;
          setView({ kind: 'unavailable' });
          setAnnouncement('Search is not available.');
        }
      },
      typing.current ? TYPING_PAUSE_MS : 0,
    );
    typing.current = false;
    return () => clearTimeout(timer);
  }, [state]);

  const query = state?.query ?? '';
  const types = state?.types ?? [];

  const onInput = (event: TargetedEvent<HTMLInputElement>) => {
    typing.current = true;
    setState({ query: event.currentTarget.value, types });
  };

  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Enter searches now instead of waiting for the typing pause.
    setState({ query, types });
  };

  const warmUp = () => {
    loadPagefind().catch(() => {
      setView((current) => (current.kind === 'idle' ? { kind: 'unavailable' } : current));
    });
  };

  // Arrow keys move between the search box and the results' links; Escape clears the query.
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    const target = event.target as HTMLElement;
    const at = links.indexOf(target as HTMLAnchorElement);
    const inResults = at >= 0;
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setState({ query: '', types });
      input.current?.focus();
    } else if (event.key === 'ArrowDown' && (inResults || target === input.current)) {
      const next = links[at + 1];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === 'ArrowUp' && inResults) {
      event.preventDefault();
      (links[at - 1] ?? input.current)?.focus();
    }
  };

  const showMore = async (outcome: SearchOutcome, resultsQuery: string) => {
    setLoadingMore(true);
    try {
      const more = await loadHits(outcome.rest.slice(0, RESULTS_PER_LOAD));
      setView({
        kind: 'results',
        query: resultsQuery,
        outcome: {
          ...outcome,
          hits: [...outcome.hits, ...more],
          rest: outcome.rest.slice(RESULTS_PER_LOAD),
        },
      });
      // Keyboard and screen reader users carry on from the first result they have not seen.
      const firstNew = outcome.hits.length;
      requestAnimationFrame(() =>
        list.current?.querySelectorAll(':scope > li')[firstNew]?.querySelector('a')?.focus(),
      );
    } finally {
      setLoadingMore(false);
    }
  };

  const counts = view.kind === 'results' ? view.outcome.counts : undefined;
  // Filters help only where there is something to narrow, or a choice to undo.
  const showFilters =
    query.trim() !== '' &&
    (types.length > 0 || (view.kind === 'results' && view.outcome.unfiltered > 0));

  return (
    <div class="search" onKeyDown={onKeyDown}>
      <form role="search" class="search__form" action="/search/" method="get" onSubmit={onSubmit}>
        <label for="search-query" class="search__label">
          Search this site
        </label>
        <p id="search-hint" class="search__hint">
          Results appear as you type. Press the down arrow to move through them.
        </p>
        <div class="search__box">
          <input
            ref={input}
            id="search-query"
            type="search"
            name="q"
            value={query}
            onInput={onInput}
            onFocus={warmUp}
            aria-describedby="search-hint"
            autocomplete="off"
            enterkeyhint="search"
          />
          <button type="submit" class="button">
            Search
          </button>
        </div>
        {showFilters && (
          <fieldset class="search__filters">
            <legend>Show only</legend>
            {SEARCH_TYPES.map((type) => (
              <label class="search__filter" key={type}>
                <input
                  type="checkbox"
                  name="type"
                  value={type}
                  checked={types.includes(type)}
                  onChange={(event) =>
                    setState(toggleType({ query, types }, type, event.currentTarget.checked))
                  }
                />
                {describeTypePlural(type)}
                {counts && <span class="search__filter-count"> ({counts[type]})</span>}
              </label>
            ))}
          </fieldset>
        )}
      </form>

      <p role="status" class="search__status">
        {announcement}
      </p>

      {view.kind === 'searching' && <p class="search__searching">Searching…</p>}

      {view.kind === 'unavailable' && (
        <div class="search__help">
          {import.meta.env.DEV ? (
            <p>
              There is no search index yet: <code>npm run dev</code> does not build one. To try
              search, run <code>npm run build</code> and then <code>npm run preview</code>.
            </p>
          ) : (
            <p>
              Search could not load. Check your connection and reload the page, or choose a page
              below.
            </p>
          )}
          <SiteLinks cops={cops} pages={pages} />
        </div>
      )}

      {view.kind === 'results' && view.outcome.hits.length > 0 && (
        <>
          <ol ref={list} class="search__results">
            {view.outcome.hits.map((hit) => (
              <Result hit={hit} key={hit.url} />
            ))}
          </ol>
          {view.outcome.rest.length > 0 && (
            <button
              type="button"
              class="button search__more"
              disabled={loadingMore}
              onClick={() => showMore(view.outcome, view.query)}
            >
              Show more results ({view.outcome.rest.length} more)
            </button>
          )}
        </>
      )}

      {view.kind === 'results' && view.outcome.total === 0 && (
        <div class="search__help">
          {view.outcome.unfiltered > 0 ? (
            <p>
              <button type="button" class="button" onClick={() => setState({ query, types: [] })}>
                Show results of every type
              </button>
            </p>
          ) : (
            <>
              <p>Check the spelling, or try fewer or more general words.</p>
              <SiteLinks cops={cops} pages={pages} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  return (
    <li class="search-result">
      <h2 class="search-result__title">
        <a href={hit.url}>{hit.title}</a>
      </h2>
      {hit.type && <p class="search-result__type">{describeType(hit.type)}</p>}
      <p class="search-result__excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
      {hit.sections.length > 0 && (
        <ul class="search-result__sections" aria-label={`Matching sections of ${hit.title}`}>
          {hit.sections.map((section) => (
            <li key={section.url}>
              <a href={section.url}>{section.title}</a>
              <p dangerouslySetInnerHTML={{ __html: section.excerptHtml }} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Every page of the site, for when search finds nothing or cannot run. */
export function SiteLinks({ cops, pages }: Pick<SearchProps, 'cops' | 'pages'>) {
  return (
    <>
      <h2>Communities of Practice</h2>
      <ul>
        {cops.map((link) => (
          <li key={link.url}>
            <a href={link.url}>{link.title}</a>
          </li>
        ))}
      </ul>
      <h2>Other pages</h2>
      <ul>
        {pages.map((link) => (
          <li key={link.url}>
            <a href={link.url}>{link.title}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
