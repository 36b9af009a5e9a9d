import type { MouseEvent } from 'react';
import { cx } from '../shared/cx.js';

/** Props of the internal {@link SortHeader}. */
export interface SortHeaderProps {
  /** The column's id, as the header's `data-column`. */
  columnId: string;
  /** Where the column's values line up, as the header's `data-align`. */
  align?: 'end' | undefined;
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

/**
 * A column header: a button that sorts, `aria-sort` on the sorted one, whose button's `data-sorted` the stylesheet
 * draws as an arrow up or down. Unsorted headers show none (they underline on hover). Internal.
 */
export function SortHeader({
  columnId,
  align,
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
      data-align={align}
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
        </button>
      ) : (
        label
      )}
    </th>
  );
}
