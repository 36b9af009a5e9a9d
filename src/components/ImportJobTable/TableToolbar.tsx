import { memo, type ReactNode } from 'react';
import type { ImportJobsMessages } from '../../i18n/messages.js';
import { cx } from '../shared/cx.js';
import type { ImportJobTableClassNames, ImportJobTablePreferences } from './interfaces.js';
import { PreferencesPopover } from './PreferencesPopover.js';

/** Props of the internal {@link TableToolbar}. Every prop is stable between polls of a table. */
export interface TableToolbarProps {
  /** The id of the title, which names the table and its region. */
  titleId: string;
  /** Texts; the title is `tableCaption`. */
  messages: ImportJobsMessages;
  /** The host's controls, between the title and Preferences. */
  actions: ReactNode;
  /** The preferences, or `undefined` for no Preferences button. */
  preferences: ImportJobTablePreferences | undefined;
  /** Applies a change of preferences. */
  onPreferencesChange: (change: Partial<ImportJobTablePreferences>) => void;
  /** Extra classes of the table's parts: `toolbar`, `caption` (the title) and `columnPicker` (Preferences). */
  classNames: ImportJobTableClassNames;
}

/**
 * The table's chrome, in one row that wraps on narrow screens: its title, the host's actions and Preferences.
 * Memoised: a poll does not render it. Internal.
 */
export const TableToolbar = memo(function TableToolbar({
  titleId,
  messages,
  actions,
  preferences,
  onPreferencesChange,
  classNames,
}: TableToolbarProps) {
  return (
    <div className={cx('pij-table__toolbar', classNames.toolbar)}>
      <span id={titleId} className={cx('pij-table__title', classNames.caption)}>
        {messages.tableCaption}
      </span>
      {actions}
      {preferences ? (
        <PreferencesPopover
          preferences={preferences}
          onChange={onPreferencesChange}
          messages={messages}
          className={classNames.columnPicker}
        />
      ) : null}
    </div>
  );
});
