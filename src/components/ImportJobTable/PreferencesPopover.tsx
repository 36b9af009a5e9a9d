import { type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import type { ImportJobsMessages } from '../../i18n/messages.js';
import { cx } from '../shared/cx.js';
import { IMPORT_JOB_COLUMNS } from './columns.js';
import type { ImportJobTablePreferences } from './interfaces.js';

/** Props of the internal {@link PreferencesPopover}. Every prop is stable between polls. */
export interface PreferencesPopoverProps {
  /** The preferences shown. */
  preferences: ImportJobTablePreferences;
  /** Applies a change. */
  onChange: (change: Partial<ImportJobTablePreferences>) => void;
  /** Texts. */
  messages: ImportJobsMessages;
  /** Extra class of the root. */
  className?: string | undefined;
}

/**
 * The table's Preferences: compact rows, wrapped lines and visible columns in one popover, on the native `popover`
 * attribute: a dialog in the middle of the top layer that a click outside dismisses, with the button as its invoker. The button and Escape open and close it,
 * opening moves focus into it and Escape gives it back to the button; where the browser lacks the Popover API, the
 * same happens in the page's flow. Its controls exist while it is open only, and it is memoised: a poll renders none
 * of it. Internal.
 */
export const PreferencesPopover = memo(function PreferencesPopover({
  preferences,
  onChange,
  messages,
  className,
}: PreferencesPopoverProps) {
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  // Where the browser has the Popover API (not jsdom, nor older browsers, which would hide the element for good),
  // the panel is a popover that follows the state, with the button as its invoker (a click on the button toggles it
  // rather than light-dismissing it), and a light dismiss closes it. Its first control takes focus.
  useEffect(() => {
    const popover = panel.current as HTMLDivElement;
    if ('showPopover' in popover) {
      popover.popover = 'auto';
      if (open) popover.showPopover({ source: button.current } as ShowPopoverOptions);
      else if (popover.matches(':popover-open')) popover.hidePopover();
    }
    if (open) popover.querySelector('input')?.focus();
    const onToggle = (event: Event) => (event as ToggleEvent).newState === 'closed' && setOpen(false);
    popover.addEventListener('toggle', onToggle);
    return () => popover.removeEventListener('toggle', onToggle);
  }, [open]);

  const { columnVisibility, density, wrapLines } = preferences;
  const checkbox = (
    label: string,
    checked: boolean,
    change: (on: boolean) => Partial<ImportJobTablePreferences>,
    key?: string,
  ) => (
    <label key={key}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(change(event.target.checked))} />
      {label}
    </label>
  );
  return (
    <div className={cx('pij-preferences', className)}>
      <button
        ref={button}
        type="button"
        className="pij-button pij-button--small"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {messages.preferences}
      </button>
      <div
        ref={panel}
        hidden={!open}
        role="dialog"
        aria-label={messages.preferences}
        className="pij-preferences__panel"
        onKeyDown={(event: KeyboardEvent) => {
          // Escape closes it (the Popover API does too) and gives focus back to the button.
          if (event.key !== 'Escape') return;
          setOpen(false);
          button.current?.focus();
        }}
      >
        {open ? (
          <>
            <p aria-hidden="true">{messages.preferences}</p>
            <div>
              {checkbox(messages.densityCompact, density === 'compact', (on) => ({
                density: on ? 'compact' : 'comfortable',
              }))}
              {checkbox(messages.wrapLines, wrapLines, (on) => ({ wrapLines: on }))}
            </div>
            <fieldset>
              <legend>{messages.columnPickerLegend}</legend>
              {/* Every column but the first, the job ID, which is always shown. */}
              {IMPORT_JOB_COLUMNS.slice(1).map(({ id: column, header }) =>
                checkbox(
                  messages.columns[header],
                  columnVisibility[column] !== false,
                  (on) => ({ columnVisibility: { ...columnVisibility, [column]: on } }),
                  column,
                ),
              )}
            </fieldset>
          </>
        ) : null}
      </div>
    </div>
  );
});
