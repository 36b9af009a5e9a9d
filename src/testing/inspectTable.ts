import type { ImportJobRowProgress, ImportJobTableError, ImportJobTableSortState } from './types.js';

/** What {@link inspectImportJobTable} can read, and what each read gives. */
export interface ImportJobTableReads {
  /** The table's accessible name. */
  name: string;
  /** What the table shows now, in a sentence for error messages. */
  summary: string;
  rows: string[];
  columns: string[];
  sortState: ImportJobTableSortState | null;
  pageIndex: number;
  /** Whether Previous and Next can be pressed; `null` without pagination. */
  pagination: { previous: boolean; next: boolean } | null;
  error: ImportJobTableError | null;
  /** Whether a retry button is shown. */
  canRetry: boolean;
  isStale: boolean;
  isLoading: boolean;
  /** Whether a column's header has a sort button. */
  sortable: boolean;
  status: string | null;
  statusLabel: string;
  progress: ImportJobRowProgress;
  link: string | null;
  expanded: boolean;
  /** The id of the element the expander controls, while expanded. */
  detailsId: string | null;
  // Elements, for the DOM helpers and for Playwright's element handles (never serialized).
  row: HTMLTableRowElement;
  cell: HTMLTableCellElement;
  details: HTMLElement | null;
  expander: HTMLButtonElement;
  sortButton: HTMLButtonElement;
  pageButton: HTMLButtonElement;
  retryButton: HTMLButtonElement;
}

/** One read of {@link inspectImportJobTable}: a row's reads name the job, a column's reads name the column. */
export interface ImportJobTableQuery<K extends keyof ImportJobTableReads = keyof ImportJobTableReads> {
  read: K;
  jobId?: string | undefined;
  columnId?: string | undefined;
  way?: 'next' | 'previous' | undefined;
}

/** A read's answer, or why it could not be read. */
export type Inspection<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads an import job table as a user perceives it: roles (`table`, `row`, `progressbar`, `navigation`, `alert`,
 * `status`, buttons and links), ARIA states (`aria-sort`, `aria-expanded`, `aria-controls`, `aria-busy`,
 * `aria-value*`) and the `data-*` states (`data-job-id`, `data-status`, `data-column`, `data-error`, `data-stale`).
 * Never class names.
 *
 * Self-contained on purpose: Playwright serializes it and runs it in the page (`locator.evaluateAll`), and the DOM
 * helpers call it in place. It may use nothing outside its own body.
 *
 * @param table - The `<table>`.
 * @param query - What to read.
 */
export function inspectImportJobTable(table: Element, query: ImportJobTableQuery): Inspection<unknown> {
  const text = (node: Node | null | undefined): string =>
    (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const byId = (id: string) => table.ownerDocument.getElementById(id);
  const tableName = (): string => {
    const labelledBy = table.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(/\s+/)
        .map((id) => text(byId(id)))
        .join(' ')
        .trim();
    return table.getAttribute('aria-label') ?? text(table.querySelector('caption'));
  };
  const where = () => `in the import job table "${tableName()}"`;
  const ok = (value: unknown): Inspection<unknown> => ({ ok: true, value });
  const fail = (message: string): Inspection<unknown> => ({ ok: false, message });
  const list = (values: string[]) =>
    values.length === 0
      ? 'none'
      : values.length > 12
        ? `${values.slice(0, 12).join(', ')}, … (${values.length})`
        : values.join(', ');

  // The table's root: the nearest ancestor with the table's state.
  const root = table.parentElement?.closest('[data-state]') ?? table;
  const bodyRows = (): HTMLTableRowElement[] =>
    [...(table as HTMLTableElement).tBodies].flatMap((body) =>
      [...body.rows].filter((row) => row.hasAttribute('data-job-id')),
    );
  const jobIds = () => bodyRows().map((row) => row.getAttribute('data-job-id') ?? '');
  const headers = (): HTMLElement[] => [
    ...((table as HTMLTableElement).tHead?.querySelectorAll<HTMLElement>('th[data-column]') ?? []),
  ];
  const navigation = () => root.querySelector('nav, [role="navigation"]');
  // The error panel (an alert) or the stale banner (in a status region), named by `data-error`.
  const errorPanel = () => root.querySelector('[role="alert"][data-error], [role="status"] [data-error]');
  // Their retry button; a stale banner without an error offers one too.
  const retryButton = () =>
    root.querySelector('[role="alert"][data-error] > button, [role="status"] > * > button');

  if (query.read === 'name') return ok(tableName());
  if (query.read === 'summary') {
    const nav = navigation();
    const page = nav ? text(nav).replace(/\D/g, '') : '1';
    const shown = root.querySelector('[role="alert"][data-error], [role="status"] [data-error]');
    return ok(
      `The table "${tableName()}" shows page ${page || '?'}, ${list(jobIds())}${
        table.getAttribute('aria-busy') === 'true' ? ', loading' : ''
      }${shown ? `, the error ${shown.getAttribute('data-error')}` : ''}${root.hasAttribute('data-stale') ? ', stale' : ''}.`,
    );
  }
  if (query.read === 'rows') return ok(jobIds());
  if (query.read === 'columns') return ok(headers().map((th) => th.getAttribute('data-column') ?? ''));
  if (query.read === 'isStale') return ok(root.hasAttribute('data-stale'));
  if (query.read === 'isLoading') return ok(table.getAttribute('aria-busy') === 'true');
  if (query.read === 'canRetry') return ok(retryButton() !== null);
  if (query.read === 'sortState') {
    const sorted = headers().find((th) => {
      const sort = th.getAttribute('aria-sort');
      return sort === 'ascending' || sort === 'descending';
    });
    return ok(
      sorted
        ? { columnId: sorted.getAttribute('data-column') ?? '', direction: sorted.getAttribute('aria-sort') }
        : null,
    );
  }
  if (query.read === 'sortable' || query.read === 'sortButton') {
    const header = headers().find((th) => th.getAttribute('data-column') === query.columnId);
    if (!header) {
      return fail(
        `No column "${query.columnId}" ${where()}. Columns shown: ${list(headers().map((th) => th.getAttribute('data-column') ?? ''))}.`,
      );
    }
    const button = header.querySelector('button');
    if (query.read === 'sortable') return ok(button !== null);
    return button ? ok(button) : fail(`The "${query.columnId}" column has no sort button now ${where()}.`);
  }
  if (query.read === 'retryButton') {
    const button = retryButton();
    return button ? ok(button) : fail(`No Try again button (error panel or stale banner) ${where()}.`);
  }
  if (query.read === 'pagination' || query.read === 'pageIndex' || query.read === 'pageButton') {
    const nav = navigation();
    if (!nav && query.read === 'pageButton') {
      return fail(`No pagination (role "navigation") ${where()}: it shows a single page.`);
    }
    if (!nav) return ok(query.read === 'pageIndex' ? 0 : null);
    const buttons = [...nav.querySelectorAll('button')];
    if (query.read === 'pageButton') {
      const button = query.way === 'previous' ? buttons[0] : buttons.at(-1);
      if (!button) return fail(`No ${query.way} page button in the pagination ${where()}.`);
      return button.disabled ? fail(`The ${query.way} page button is disabled ${where()}.`) : ok(button);
    }
    if (query.read === 'pagination') {
      const enabled = (button: HTMLButtonElement | undefined) =>
        button !== undefined && !button.disabled && button.getAttribute('aria-disabled') !== 'true';
      return ok({ previous: enabled(buttons[0]), next: enabled(buttons.at(-1)) });
    }
    // The page label: what the navigation says besides its buttons ("Page 3"), as digits.
    const label = [...nav.childNodes]
      .filter((node) => !(node instanceof Element && node.matches('button')))
      .map(text)
      .join(' ');
    const digits = label.replace(/\D/g, '');
    if (digits === '') return fail(`No page number in the pagination ("${label}") ${where()}.`);
    return ok(Number(digits) - 1);
  }
  if (query.read === 'error') {
    const panel = errorPanel();
    if (!panel) return ok(null);
    const paragraphs = [...panel.querySelectorAll('p')];
    // The request ID is the paragraph with a copy button ("Request ID: 4f1c…"): its last word.
    const requestParagraph = paragraphs.find((p) => p.querySelector('button'));
    const requestText = requestParagraph
      ? [...requestParagraph.childNodes]
          .filter(
            (node) => !(node instanceof Element && (node.matches('button') || node.querySelector('button'))),
          )
          .map(text)
          .join(' ')
          .trim()
      : '';
    // The message: what the panel says between its title and its request ID or age.
    const message = paragraphs
      .slice(1)
      .filter((p) => p !== requestParagraph && !p.querySelector('time'))
      .map(text)
      .join(' ');
    return ok({
      name: panel.getAttribute('data-error') ?? '',
      message,
      requestId: requestText === '' ? null : (requestText.split(' ').at(-1) ?? null),
    });
  }

  // A row's reads.
  const row = bodyRows().find((candidate) => candidate.getAttribute('data-job-id') === query.jobId);
  if (!row) return fail(`No row for job "${query.jobId}" ${where()}. Rows shown: ${list(jobIds())}.`);
  const cell = (columnId: string | undefined): Element | Inspection<unknown> => {
    const found = [...row.cells].find((td) => td.getAttribute('data-column') === columnId);
    if (found) return found;
    const shown = [...row.cells].map((td) => td.getAttribute('data-column') ?? '').filter((id) => id !== '');
    return fail(
      `No "${columnId}" cell in the row of job "${query.jobId}" ${where()}. Columns shown: ${list(shown)}.`,
    );
  };
  const expander = row.querySelector(':scope > td > button[aria-expanded]');
  switch (query.read) {
    case 'row':
      return ok(row);
    case 'cell': {
      const found = cell(query.columnId);
      return found instanceof Element ? ok(found) : found;
    }
    case 'status':
      return ok(row.getAttribute('data-status'));
    case 'statusLabel': {
      const found = cell('JobStatus');
      return found instanceof Element ? ok(text(found)) : found;
    }
    case 'progress': {
      const found = cell('Progress');
      if (!(found instanceof Element)) return found;
      const bar = found.querySelector('[role="progressbar"]');
      if (!bar)
        return fail(`No progress bar (role "progressbar") in the row of job "${query.jobId}" ${where()}.`);
      const count = (name: string) => Number(bar.getAttribute(`data-${name}-pieces`) ?? 0);
      return ok({ completed: count('completed'), failed: count('failed'), total: count('total') });
    }
    case 'link': {
      const found = cell('Id');
      if (!(found instanceof Element)) return found;
      return ok(found.querySelector('a[href]')?.getAttribute('href') ?? null);
    }
    case 'expander':
    case 'expanded':
    case 'details':
    case 'detailsId': {
      if (!expander) {
        return fail(`No details button (aria-expanded) in the row of job "${query.jobId}" ${where()}.`);
      }
      if (query.read === 'expander') return ok(expander);
      const expanded = expander.getAttribute('aria-expanded') === 'true';
      if (query.read === 'expanded') return ok(expanded);
      const id = expander.getAttribute('aria-controls');
      const details = expanded && id ? byId(id) : null;
      return ok(query.read === 'details' ? details : details ? id : null);
    }
    default:
      return fail(`Unknown read "${String(query.read)}".`);
  }
}
