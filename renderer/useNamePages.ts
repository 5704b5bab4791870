import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CompanySummary, Input, Output, Position } from '../api/contract';
import { call } from './api';
import { useRpc } from './useRpc';

/** The lists paged by name on the server, and what one row of each is. */
interface Paged {
  'companies.list': CompanySummary;
  'positions.list': Position;
}
type PagedChannel = keyof Paged;

const rowsOf = <C extends PagedChannel>(channel: C, page: Output<C>): Paged[C][] =>
  (channel === 'companies.list'
    ? (page as Output<'companies.list'>).companies
    : (page as Output<'positions.list'>).positions) as Paged[C][];

/**
 * A list of companies or positions matching `input`, page by page: the first page through the shared
 * useRpc (asked again, after a pause, as the words typed change, and whenever `revision` moves), each
 * further page appended when `loadMore` is called, as the list is scrolled near its end.
 */
export function useNamePages<C extends PagedChannel>(channel: C, input: Input<C>, revision: number, typed: boolean) {
  const first = useRpc(channel, input, [revision], { delayMs: typed ? 250 : 0 });
  const base = first.data;
  const [more, setMore] = useState<{ from: Output<C>; rows: Paged[C][]; next?: string | undefined } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  // Further pages belong to the first page they followed; a new first page starts the list over.
  const extra = more && more.from === base ? more : null;
  // What the first page on screen was asked with: the words in the box may have moved on since.
  const request = JSON.stringify(input ?? {});
  const asked = useRef<{ base: Output<C> | undefined; request: string } | null>(null);
  useEffect(() => {
    asked.current = { base, request };
    // Only a new first page changes what was asked; words still being typed have not been asked yet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base]);

  const items = useMemo(() => (base ? rowsOf(channel, base).concat(extra?.rows ?? []) : []), [base, extra, channel]);
  const next = extra ? extra.next : base?.next;

  const loadMore = useCallback(() => {
    const from = asked.current;
    if (!base || !next || loadingMore || from?.base !== base) return;
    setLoadingMore(true);
    const nextInput = { ...(JSON.parse(from.request) as object), after: next } as Input<C>;
    void call(channel, nextInput).then((answer) => {
      setLoadingMore(false);
      if (asked.current?.base !== base) return;
      if (!answer.ok) return setMoreError(answer.error.message);
      setMoreError(null);
      const page = answer.value as Output<C>;
      setMore((current) => ({
        from: base,
        rows: [...(current && current.from === base ? current.rows : []), ...rowsOf(channel, page)],
        next: page.next,
      }));
    });
  }, [base, next, loadingMore, channel]);

  return {
    items,
    total: base?.total ?? 0,
    status: first.status,
    error: first.error ?? moreError,
    reload: first.reload,
    loadMore,
    loadingMore,
  };
}
