import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

interface PagedTableProps<T extends { id: string }> {
  /** The rows loaded so far, of `total`. */
  items: T[];
  total: number;
  /** Asks for the next page; called as the reader nears the end of what is loaded. */
  loadMore(): void;
  loadingMore: boolean;
  /** The header row's cells. */
  head: ReactNode;
  /** One row's cells. */
  cells(item: T): ReactNode;
  onOpen(item: T): void;
  /** What a row is guessed to take until it is drawn and measured. */
  rowHeight: number;
  className?: string;
  testId?: string;
}

/** Rows from the end at which the next page is asked for. */
const NEAR_END = 60;

/**
 * A list paged on the server, drawn as a table whose rows in view alone are in the page: rows are
 * measured as drawn, so a long name wraps rather than being cut, and the header stays in view.
 */
export function PagedTable<T extends { id: string }>(props: PagedTableProps<T>) {
  const { items, total, loadMore, rowHeight } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => items[index]!.id,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastShown >= items.length - NEAR_END) loadMore();
  }, [lastShown, items.length, loadMore]);
  const padTop = rows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} className="list-scroll" data-testid={props.testId}>
      <table className={`table table-fixed ${props.className ?? ''}`} aria-rowcount={total + 1}>
        <thead>
          <tr>{props.head}</tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {rows.map((row) => {
            const item = items[row.index]!;
            return (
              <tr
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                onClick={() => props.onOpen(item)}
                className="clickable"
              >
                {props.cells(item)}
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
      {props.loadingMore && <p className="muted list-more">Loading more…</p>}
    </div>
  );
}
