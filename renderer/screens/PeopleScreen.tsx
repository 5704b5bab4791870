import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ListedPerson, PeoplePage, PeopleSort, PersonKind } from '../../api/contract';
import { BULK_PEOPLE_MAX } from '../../core/peopleBulk';
import { call } from '../api';
import { byText } from '../collate';
import { SaveFilter } from '../components/SaveFilter';
import { TagInput } from '../components/TagInput';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { href, navigate, useRoute } from '../router';
import { usePeopleStore } from '../stores/lists';
import { tagsParam } from '../stores/savedFilters';
import { PersonPage } from '../person/PersonPage';
import { useRpc } from '../useRpc';
import { BulkBar } from './BulkBar';
import { ImportDialog } from './ImportDialog';
import { ChooseAllBox, PersonCells, useNarrow } from './PersonCells';
import { PersonForm } from './PersonForm';
import { useChoosingKeys } from './useChoosingKeys';
import { usePeopleSelection } from './usePeopleSelection';

const KIND_LABELS: Record<PersonKind, { plural: string; one: string; company: string }> = {
  candidate: { plural: 'Candidates', one: 'candidate', company: 'Employer' },
  contact: { plural: 'Client contacts', one: 'client contact', company: 'Company' },
};

const SORT_LABELS: Record<PeopleSort, string> = { name: 'By name', newest: 'Newest first' };

export function PeopleScreen() {
  const { id, params } = useRoute();
  const kind: PersonKind = params.get('kind') === 'contact' ? 'contact' : 'candidate';
  if (id === 'new' || (id && params.get('edit')))
    return (
      <PersonForm
        key={id}
        id={id === 'new' ? null : id}
        defaultKind={kind}
        defaultCompanyId={kind === 'contact' ? (params.get('company') ?? '') : ''}
      />
    );
  if (id) return <PersonPage id={id} />;
  return <PeopleList kind={kind} />;
}

/**
 * Names in the reader's order, as the server pages them: by the letters, accents and case aside, then names that
 * differ only in those by the name as written and the id (the server's own tie-break), so a page keeps one order.
 */
const byName = byText<ListedPerson>(
  (p) => p.name,
  (p) => `${p.name}\u0000${p.id}`,
);

function PeopleList({ kind }: { kind: PersonKind }) {
  // The address carries the words and the tags, so a saved filter opens as a link.
  const params = useRoute((r) => r.params);
  const routeQuery = params.get('q') ?? '';
  const tagsText = params.get('tags');
  const tags = useMemo(() => tagsParam(tagsText), [tagsText]);
  const [filter, setFilter] = useState(routeQuery);
  const [seenQuery, setSeenQuery] = useState(routeQuery);
  if (routeQuery !== seenQuery) {
    setSeenQuery(routeQuery);
    setFilter(routeQuery);
  }
  const setTags = (next: string[]) =>
    navigate('people', null, {
      kind,
      ...(filter.trim() ? { q: filter.trim() } : {}),
      ...(next.length ? { tags: next.join(',') } : {}),
    });
  // Asked again as people change, so a tag just given to some of them is offered here too.
  const peopleRevision = usePeopleStore((s) => s.revision);
  const tagsInUse = useRpc('tags.list', {}, [peopleRevision]);
  const filtering = filter.trim() !== '' || tags.length > 0;
  const [importing, setImporting] = useState(false);
  const sort = usePeopleStore((s) => s.sort);
  const list = usePeoplePages(kind, filter.trim(), sort, tags);
  const { people, total } = list;
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useNarrow();
  // Rows are measured as drawn: a long name or address wraps onto another line rather than being cut.
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT),
    overscan: 12,
    getItemKey: (index) => people[index]!.id,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;
  const { loadMore } = list;
  // Ask for the next page while the reader is still a screenful or two away from the end.
  useEffect(() => {
    if (lastShown >= people.length - NEAR_END) loadMore();
  }, [lastShown, people.length, loadMore]);

  // Chosen for a bulk step: kept while scrolling, let go when the filter changes.
  const selection = usePeopleSelection(JSON.stringify([kind, filter.trim(), tags]));
  const ids = useMemo(() => people.map((p) => p.id), [people]);
  const chosenCount = selection.ids.length;
  const keys = useChoosingKeys({
    ids,
    selection,
    list: scrollRef,
    scrollTo: (index) => virtualizer.scrollToIndex(index),
    open: (index) => navigate('people', people[index]!.id),
  });

  const labels = KIND_LABELS[kind];
  const padTop = rows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <div className="screen screen-fill">
      <PageHeader
        title="People"
        subtitle="Candidates you represent and the client contacts who hire them."
        actions={
          <>
            <button type="button" className="button" onClick={() => setImporting(true)}>
              Import CSV…
            </button>
            <a className="button button-primary" href={href('people', 'new', { kind })}>
              New {labels.one}
            </a>
          </>
        }
      />
      {importing && <ImportDialog kind={kind} onClose={() => setImporting(false)} />}
      <div className="toolbar">
        <div className="tabs" role="tablist" aria-label="Kind of person">
          {(['candidate', 'contact'] as const).map((k) => (
            <a key={k} role="tab" aria-selected={k === kind} className="tab" href={href('people', null, { kind: k })}>
              {KIND_LABELS[k].plural}
            </a>
          ))}
        </div>
        <div className="toolbar-end">
          <input
            className="filter"
            type="search"
            placeholder={`Filter ${labels.plural.toLowerCase()}`}
            aria-label="Filter"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <select
            className="sort"
            aria-label="Sort"
            value={sort}
            onChange={(e) => usePeopleStore.getState().setSort(e.target.value as PeopleSort)}
          >
            {(Object.keys(SORT_LABELS) as PeopleSort[]).map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="tag-filter">
        <TagInput
          label="Filter by tags"
          tags={tags}
          onChange={setTags}
          suggestions={(tagsInUse.data ?? []).map((t) => t.tag)}
          placeholder={tags.length ? 'And another tag' : 'Filter by tag, e.g. Go'}
        />
        <SaveFilter screen="people" filter={{ query: filter, tags, kind }} />
      </div>
      {list.status === 'error' && list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && total === 0 && !filtering && (
        <EmptyState
          title={`No ${labels.plural.toLowerCase()} yet`}
          actions={
            <>
              <a className="button button-primary" href={href('people', 'new', { kind })}>
                Add a {labels.one}
              </a>
              <button type="button" className="button" onClick={() => setImporting(true)}>
                Import a CSV file…
              </button>
            </>
          }
        >
          {kind === 'candidate' ? (
            <p>
              Add the people you are representing. Record their time zone so Politely can respect their working hours.
            </p>
          ) : (
            <p>
              Add the hiring managers and HR people you work with at each client. Link them to their company so
              positions can name them.
            </p>
          )}
          <p>Already have them in a spreadsheet, LinkedIn, Google Contacts or Outlook? Import the file instead.</p>
        </EmptyState>
      )}
      {list.status === 'ready' && total === 0 && filtering && <p className="muted">{noMatch(filter.trim(), tags)}</p>}
      {total > 0 && (
        <div className="list-head">
          <p className="list-count muted">
            <span role="status">
              {filtering
                ? `${total.toLocaleString()} ${total === 1 ? 'match' : 'matches'}`
                : `${total.toLocaleString()} ${total === 1 ? labels.one : labels.plural.toLowerCase()}`}
            </span>
            {people.length < total ? `, ${people.length.toLocaleString()} loaded` : ''}
          </p>
          {chosenCount < Math.min(total, BULK_PEOPLE_MAX) && (
            <button
              type="button"
              className="link-button"
              onClick={() => selection.choose(ids.slice(0, BULK_PEOPLE_MAX))}
            >
              {total > BULK_PEOPLE_MAX
                ? `Choose the first ${BULK_PEOPLE_MAX} (${BULK_PEOPLE_MAX} at a time)`
                : total === 1
                  ? 'Choose this one'
                  : `Choose all ${total.toLocaleString()}${filtering ? ' matching' : ''}`}
            </button>
          )}
        </div>
      )}
      {chosenCount > 0 && <BulkBar ids={selection.ids} kind={kind} onClear={selection.clear} />}
      {people.length > 0 && (
        <div ref={scrollRef} className="list-scroll" data-testid="people-scroll" onKeyDown={keys.onKeyDown}>
          <table className="table table-fixed people-table" aria-rowcount={total + 1}>
            <thead>
              <tr>
                <th scope="col">
                  <ChooseAllBox ids={ids} selection={selection} />
                  Name
                </th>
                <th scope="col" className="hide-narrow">
                  {labels.company}
                </th>
                <th scope="col" className="hide-narrow">
                  Title
                </th>
                <th scope="col" className="hide-narrow">
                  Email
                </th>
                <th scope="col" className="hide-narrow">
                  Phone
                </th>
                <th scope="col" className="hide-narrow">
                  Tags
                </th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
              {rows.map((row) => {
                const p = people[row.index]!;
                const chosen = selection.has(p.id);
                return (
                  <tr
                    key={row.key}
                    ref={virtualizer.measureElement}
                    data-index={row.index}
                    aria-rowindex={row.index + 2}
                    tabIndex={keys.inTabOrder(row.index) ? 0 : -1}
                    onFocus={() => keys.setFocusIndex(row.index)}
                    // Shift+click chooses from the last one chosen to this one, instead of opening the person.
                    onMouseDown={(e) => e.shiftKey && e.preventDefault()}
                    onClick={(e) => (e.shiftKey ? keys.choose(row.index, true) : navigate('people', p.id))}
                    className={chosen ? 'clickable chosen' : 'clickable'}
                  >
                    <PersonCells
                      person={p}
                      narrow={narrow}
                      choosing={{ chosen, onChoose: (range) => keys.choose(row.index, range) }}
                    />
                  </tr>
                );
              })}
              {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            </tbody>
          </table>
          {list.loadingMore && <p className="muted list-more">Loading more…</p>}
        </div>
      )}
    </div>
  );
}

/** Why the list is empty while filtered: the words, the tags, or both. */
function noMatch(query: string, tags: string[]): string {
  const tagged = tags.length === 1 ? `the tag ${tags[0]}` : `every one of the tags ${tags.join(', ')}`;
  if (query && tags.length) return `No one matching “${query}” has ${tagged}.`;
  return query ? `No one matches “${query}”.` : `No one has ${tagged}. Remove a tag to see more.`;
}

/** What a row is guessed to take until it is drawn and measured: one line, or a name and two lines under it. */
const ROW_HEIGHT = 44;
const NARROW_ROW_HEIGHT = 78;
/** Rows from the end at which the next page is asked for. */
const NEAR_END = 60;
const PAGE = 500;

/**
 * The people of one kind matching `query`, page by page: the first page through the shared useRpc
 * (asked again, after a pause, as the filter changes), each further page appended as the list is scrolled.
 */
function usePeoplePages(kind: PersonKind, query: string, sort: PeopleSort, tags: string[]) {
  const revision = usePeopleStore((s) => s.revision);
  const input = { kind, sort, limit: PAGE, ...(query ? { query } : {}), ...(tags.length ? { tags } : {}) };
  const first = useRpc('people.list', input, [revision], { delayMs: query ? 250 : 0 });
  const [more, setMore] = useState<{ from: PeoplePage; people: ListedPerson[]; next?: string } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const base = first.data;
  // Further pages belong to the first page they followed; a new first page starts the list over.
  const extra = more && more.from === base ? more : null;
  // What the first page on screen was asked with, for the pages after it: the filter may have moved on since.
  const request = JSON.stringify(input);
  const asked = useRef<{ base: PeoplePage | undefined; request: string } | null>(null);
  useEffect(() => {
    asked.current = { base, request };
    // Only a new first page changes what was asked; a filter still being typed has not been asked yet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base]);

  // Newest first is the server's order as it is; by name, each page is put in the reader's order on arrival.
  const inOrder = useCallback((page: ListedPerson[]) => (sort === 'name' ? [...page].sort(byName) : page), [sort]);
  const people = useMemo(() => (base ? inOrder(base.people).concat(extra?.people ?? []) : []), [base, extra, inOrder]);
  const next = extra ? extra.next : base?.next;

  const loadMore = useCallback(() => {
    const from = asked.current;
    if (!base || !next || loadingMore || from?.base !== base) return;
    setLoadingMore(true);
    void call('people.list', { ...(JSON.parse(from.request) as { kind: PersonKind }), after: next }).then((answer) => {
      setLoadingMore(false);
      if (asked.current?.base !== base) return;
      if (!answer.ok) return setMoreError(answer.error.message);
      setMoreError(null);
      // Pages follow one another as the server gave them.
      const page = inOrder(answer.value.people);
      setMore((current) => ({
        from: base,
        people: [...(current && current.from === base ? current.people : []), ...page],
        next: answer.value.next,
      }));
    });
  }, [base, next, loadingMore, inOrder]);

  return {
    people,
    total: base?.total ?? 0,
    status: first.status,
    error: first.error ?? moreError,
    reload: first.reload,
    loadMore,
    loadingMore,
  };
}
