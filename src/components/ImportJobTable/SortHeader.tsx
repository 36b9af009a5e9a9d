import type { MouseEvent } from 'react';
import { cx } from '../shared/cx.js';

/** Props of the internal {@link SortHeader}. */
export interface SortHeaderProps {
  /** The column's id, as the header's `data-column`. */
  columnId: string;
  /** The header's text. */
  label: string;
  /** How the column is sorted. */
  sorted: false | 'asc' | 'desc';
  /** Sorts by the column; without it the header is plain text (no button). */
  onSort: ((event: MouseEvent) => void) | undefined;
  /** The button's tooltip and description ("Sort by Status"). */
  title: string;
  /** Extra class of the `<th>`. */
  className?: string | undefined;
  /** Extra class of the button. */
  buttonClassName?: string | undefined;
}

/** A column header: a button that sorts, `aria-sort` on the sorted one. Internal. */
export function SortHeader({
  columnId,
  label,
  sorted,
  onSort,
  title,
  className,
  buttonClassName,
}: SortHeaderProps) {
  return (
    <th
      scope="col"
      className={cx('pij-table__header', className)}
      data-column={columnId}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {onSort ? (
        <button
          type="button"
          className={cx('pij-table__sort', buttonClassName)}
          title={title}
          data-sorted={sorted || undefined}
          onClick={onSort}
        >
          {label}
          <SortIcon direction={sorted} />
        </button>
      ) : (
        label
      )}
    </th>
  );
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg
      className="pij-table__sort-icon"
      data-direction={direction || 'none'}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="currentColor"
    >
      {direction !== 'desc' ? <path d="M8 3 12 7H4z" opacity={direction === 'asc' ? 1 : 0.35} /> : null}
      {direction !== 'asc' ? <path d="M8 13 4 9h8z" opacity={direction === 'desc' ? 1 : 0.35} /> : null}
    </svg>
  );
}
