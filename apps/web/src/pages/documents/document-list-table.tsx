import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../api/documents';
import type { KeysetList } from '../../api/use-keyset-list';
import { KeysetTable } from '../../components/keyset-table';
import { useFormatters } from '../../i18n/use-formatters';

/** One invoice, credit note or quote as a row of its list. */
export interface DocumentListRow {
  id: string;
  href: string;
  number: string | null;
  /** Under the number (e.g. "Credit note"). */
  kindLabel?: string | null;
  clientName: string;
  title: string | null;
  issueDate: string | null;
  /** The due date of an invoice, the validity of a quote. */
  secondDate: string | null;
  totalPayable: number;
  currency: Currency;
  status: ReactNode;
}

export interface DocumentListTableProps<T> {
  caption: string;
  secondDateHeader: string;
  list: KeysetList<T>;
  toRow: (item: T) => DocumentListRow;
  /** Shown when filters leave nothing. */
  noMatch: string;
}

/** The table of the invoices and quotes lists (number, client, dates, amount, status) with its pages. */
export function DocumentListTable<T>({ caption, secondDateHeader, list, toRow, noMatch }: DocumentListTableProps<T>) {
  const { t } = useTranslation();
  const { money, date } = useFormatters();
  const orNone = (value: string | null) => (value ? date(value) : t('common.none'));
  const columns = [
    { label: t('invoices.columns.number') },
    { label: t('invoices.columns.client') },
    { label: t('invoices.columns.date') },
    { label: secondDateHeader },
    { label: t('invoices.columns.amount'), numeric: true },
    { label: t('invoices.columns.status') },
  ];
  return (
    <KeysetTable
      caption={caption}
      columns={columns}
      list={list}
      empty={noMatch}
      row={(item) => {
        const row = toRow(item);
        return (
          <tr key={row.id}>
            <th scope="row" data-label={t('invoices.columns.number')}>
              <Link to={row.href} className="data-table__link">
                {row.number ?? t('invoices.draftNumber')}
              </Link>
              {row.kindLabel ? <span className="data-table__sub">{row.kindLabel}</span> : null}
            </th>
            <td data-label={t('invoices.columns.client')}>
              {row.clientName}
              {row.title ? <span className="data-table__sub">{row.title}</span> : null}
            </td>
            <td data-label={t('invoices.columns.date')}>{orNone(row.issueDate)}</td>
            <td data-label={secondDateHeader}>{orNone(row.secondDate)}</td>
            <td data-label={t('invoices.columns.amount')} className="num">
              {money(row.totalPayable, row.currency)}
            </td>
            <td data-label={t('invoices.columns.status')}>{row.status}</td>
          </tr>
        );
      }}
    />
  );
}
