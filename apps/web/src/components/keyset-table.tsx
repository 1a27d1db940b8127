import type { ReactNode } from 'react';
import type { KeysetList } from '../api/use-keyset-list';
import { FormAlert } from './form-alert';
import { LoadMore } from './load-more';

export interface KeysetColumn {
  label: string;
  /** Read by screen readers only (an actions column). */
  hidden?: boolean;
  /** Amounts: right-aligned. */
  numeric?: boolean;
}

interface KeysetTableProps<T> {
  /** Names the table for screen readers. */
  caption: string;
  columns: readonly KeysetColumn[];
  list: KeysetList<T>;
  /** Said when the list is empty. */
  empty: string;
  /** One `<tr>` per item, its cells in the order of `columns`. */
  row: (item: T) => ReactNode;
}

/**
 * A table read page by page (`useKeysetList`): its error, the rows, a line when there are none and
 * "show more". On phones each row becomes a card whose cells name their column (`data-label`).
 */
export function KeysetTable<T>({ caption, columns, list, empty, row }: KeysetTableProps<T>) {
  return (
    <>
      <FormAlert error={list.error} />
      <div className="table-wrap" aria-busy={list.loading}>
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{list.items.map(row)}</tbody>
        </table>
        {!list.loading && !list.error && list.items.length === 0 ? (
          <p className="table-empty" role="status">
            {empty}
          </p>
        ) : null}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
    </>
  );
}
