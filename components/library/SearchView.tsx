import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useNoteSearch } from '@/utils/hooks/use-note-search';
import { routeHref } from '@/utils/library/route';
import { Loaded } from '../shared/Loaded';
import { ExportResults } from './ExportResults';
import { type FilterForm, NO_FILTERS, SearchFiltersBar, toSearchFilters } from './SearchFiltersBar';
import { SearchResults } from './SearchResults';
import { ViewHeading } from './ViewHeading';

const SHOWN_HITS = 100;

/** Search every note and recall (`#/search/<query>`): instant, ranked, highlighted, filtered. */
export function SearchView({ param }: { param: string }) {
  const { index, version, ready, error } = useNoteSearch();
  const [query, setQuery] = useState(param);
  const [filters, setFilters] = useState<FilterForm>(NO_FILTERS);
  const facets = useMemo(() => index.facets(), [version]);
  // Every match (an export takes them all); the list shows the best SHOWN_HITS.
  const matches = useMemo(
    () => index.search(query, toSearchFilters(filters), Number.POSITIVE_INFINITY),
    [version, query, filters],
  );
  const hits = matches.length > SHOWN_HITS ? matches.slice(0, SHOWN_HITS) : matches;
  const input = useRef<HTMLInputElement>(null);
  // The student came here to type: the search box takes focus when the view opens.
  useEffect(() => input.current?.focus(), []);
  const browsing = !query.trim();
  const filtered = filters !== NO_FILTERS && Object.values(filters).some(Boolean);

  const type = (value: string) => {
    setQuery(value);
    // The query lives in the URL (a reload or a link keeps it) without a history entry per key.
    history.replaceState(null, '', routeHref('search', value));
  };

  return (
    <>
      <ViewHeading takeFocus={false}>Search</ViewHeading>
      <search class="search-form">
        <label for="search-input">Search your notes and recalls</label>
        <input
          id="search-input"
          type="search"
          value={query}
          ref={input}
          autoComplete="off"
          placeholder="Words, #tags…"
          onInput={(event) => type(event.currentTarget.value)}
        />
      </search>
      <SearchFiltersBar value={filters} onChange={setFilters} facets={facets} />
      <Loaded value={ready ? index : undefined} error={error} failed="read your notes" loading="Preparing search…">
        {(index) =>
          index.size === 0 ? (
            <p class="empty-state">
              Nothing to search yet. Notes you take on a lecture (<kbd>Alt</kbd>+<kbd>N</kbd>) and your answers to
              recall prompts show up here.
            </p>
          ) : (
            <>
              <p class="result-count" aria-live="polite">
                {matches.length === 0
                  ? browsing && !filtered
                    ? ''
                    : 'No notes match. Try fewer words or clear the filters.'
                  : (browsing
                      ? `${matches.length} ${matches.length === 1 ? 'note' : 'notes'}, newest first`
                      : `${matches.length} ${matches.length === 1 ? 'result' : 'results'}`) +
                    (matches.length > hits.length ? ` (showing the first ${hits.length})` : '')}
              </p>
              {matches.length > 0 ? (
                <ExportResults
                  noteIds={matches.map((hit) => hit.note.id)}
                  title={browsing ? 'selected notes' : `search ${query.trim()}`}
                />
              ) : null}
              <SearchResults hits={hits} />
            </>
          )
        }
      </Loaded>
    </>
  );
}
