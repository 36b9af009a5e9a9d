import { memo, type ReactNode, type Ref } from 'react';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { cx } from '../shared/cx.js';
import type { ImportJobTablePagination } from './interfaces.js';

function PageButton({
  disabled,
  onClick,
  children,
}: {
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="pij-button pij-button--small" disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}

/** Props of the internal {@link Pagination}: the members of the table's `pagination`, and its own. */
export interface PaginationProps extends ImportJobTablePagination {
  /** Messages and formatters. */
  i18n: ImportJobsI18n;
  /** The page number, which holds focus while the page button that had it is disabled. */
  labelRef: Ref<HTMLSpanElement>;
  /** Extra class of the `<nav>`. */
  className?: string | undefined;
}

/**
 * Token paging: previous, "Page N", next. There is no total to show. Memoised on its members: a poll that keeps the
 * page does not render it. Internal.
 */
export const Pagination = memo(function Pagination({
  pageIndex,
  hasNextPage,
  hasPreviousPage,
  onNext,
  onPrevious,
  i18n,
  labelRef,
  className,
}: PaginationProps) {
  const { messages, format } = i18n;
  return (
    <nav aria-label={messages.pagination} className={cx('pij-table__pagination', className)}>
      <PageButton disabled={!hasPreviousPage} onClick={onPrevious}>
        {messages.previousPage}
      </PageButton>
      <span ref={labelRef} tabIndex={-1} className="pij-table__page" aria-live="polite">
        {messages.pageNumber({ page: pageIndex + 1 }, format)}
      </span>
      <PageButton disabled={!hasNextPage} onClick={onNext}>
        {messages.nextPage}
      </PageButton>
    </nav>
  );
});
