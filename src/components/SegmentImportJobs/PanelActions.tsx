import { memo, useState } from 'react';
import type { ImportJobsI18n } from '../../i18n/context.js';
import { useNow } from '../shared/useNow.js';

/**
 * The last-updated time; owns its clock so only it re-renders every second. Rows without a time of their own (a
 * server render's `initialData`, the previous page's rows while the next one loads) say nothing rather than
 * "Not loaded yet". Plain text, so a poll changes one text node.
 */
function LastUpdated({
  updatedAt,
  hasRows,
  i18n,
}: {
  updatedAt: number | undefined;
  hasRows: boolean;
  i18n: ImportJobsI18n;
}) {
  const now = useNow(updatedAt !== undefined);
  return (
    <span className="pij-panel__updated" suppressHydrationWarning>
      {updatedAt === undefined
        ? hasRows
          ? ''
          : i18n.messages.neverUpdated
        : i18n.messages.lastUpdated({ updatedAt, now: Math.max(now, updatedAt) }, i18n.format)}
    </span>
  );
}

/** Props of the internal {@link PanelActions}. */
export interface PanelActionsProps {
  /** Refetches the page (a stable function). */
  refresh: () => Promise<void>;
  /** Whether auto-refresh is on. */
  autoRefresh: boolean;
  /** Turns auto-refresh on or off (a stable function); without it, no switch (a job that ended polls no more). */
  onAutoRefreshChange?: ((on: boolean) => void) | undefined;
  /** When the page last loaded. */
  updatedAt: number | undefined;
  /** Whether rows are shown. */
  hasRows: boolean;
  /** Messages and formatters. */
  i18n: ImportJobsI18n;
}

/**
 * The panel's controls in the table's toolbar: Refresh, the Auto-refresh switch (`role="switch"`) and the
 * last-updated time. A background poll changes only the time: "Refreshing…" and `aria-busy` are for a refresh the
 * user asked for. Internal.
 */
export const PanelActions = memo(function PanelActions({
  refresh,
  autoRefresh,
  onAutoRefreshChange,
  updatedAt,
  hasRows,
  i18n,
}: PanelActionsProps) {
  const { messages } = i18n;
  const [refreshing, setRefreshing] = useState(false);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form fields; this groups actions.
    <div role="group" aria-label={messages.toolbarLabel} className="pij-panel__toolbar">
      <button
        type="button"
        className="pij-button pij-button--small"
        aria-busy={refreshing || undefined}
        onClick={() => {
          setRefreshing(true);
          void refresh().finally(() => setRefreshing(false));
        }}
      >
        {messages.refresh}
      </button>
      {onAutoRefreshChange ? (
        <button
          type="button"
          role="switch"
          aria-checked={autoRefresh}
          className="pij-switch"
          onClick={() => onAutoRefreshChange(!autoRefresh)}
        >
          {messages.autoRefresh}
        </button>
      ) : null}
      <span className="pij-panel__status" aria-live="polite">
        {refreshing ? messages.refreshing : ''}
      </span>
      <LastUpdated updatedAt={updatedAt} hasRows={hasRows} i18n={i18n} />
    </div>
  );
});
