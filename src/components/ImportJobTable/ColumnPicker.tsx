import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { ImportJobsMessages } from '../../i18n/messages.js';
import { cx } from '../shared/cx.js';
import type { ImportJobColumnId } from './columnIds.js';

/** Props of the internal {@link ColumnPicker}. */
export interface ColumnPickerProps {
  /** Every column that can be hidden, in order, with whether it is visible. */
  columns: ReadonlyArray<{ id: ImportJobColumnId; visible: boolean }>;
  /** Shows or hides a column. */
  onToggle: (id: ImportJobColumnId, visible: boolean) => void;
  /** Texts. */
  messages: ImportJobsMessages;
  /** Extra class of the root. */
  className?: string;
}

/** A disclosure with a checkbox per column. Escape closes it and returns focus to its button. Internal. */
export function ColumnPicker({ columns, onToggle, messages, className }: ColumnPickerProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    <div className={cx('pij-column-picker', className)} data-state={open ? 'open' : 'closed'}>
      <button
        ref={button}
        type="button"
        className="pij-button pij-button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {messages.columnPicker}
      </button>
      <fieldset id={panelId} className="pij-column-picker__panel" hidden={!open} onKeyDown={onKeyDown}>
        <legend className="pij-column-picker__legend">{messages.columnPickerLegend}</legend>
        {columns.map(({ id, visible }) => (
          <label key={id} className="pij-column-picker__option">
            <input
              type="checkbox"
              checked={visible}
              onChange={(event) => onToggle(id, event.target.checked)}
            />
            {messages.columns[id]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
