import type { ImportJobsFormatters } from '../../format/formatters.js';
import type { ImportJobsMessages } from '../../i18n/messages.js';
import type { ImportProgressModel } from './interfaces.js';

/** The values and text of a progress bar, as both {@link ImportProgress} and the table's progress cells show them. */
export interface ImportProgressText {
  /** `aria-valuenow`: the pieces done, 1 for a finished job without pieces, `null` while indeterminate. */
  value: number | null;
  /** `aria-valuemax`: the total of pieces, or 1 when there is none. */
  max: number;
  /** `aria-valuetext`, which assistive tech reads instead of the number. */
  valueText: string;
  /** The visible text next to the bar ("3 of 10 pieces"). */
  pieces: string;
}

/**
 * Turns a progress model into what its bar says. Internal: shared by {@link ImportProgress} and the table.
 *
 * @param model - From {@link getImportProgress}.
 * @param messages - The messages in effect.
 * @param format - The formatters in effect.
 */
export function getImportProgressText(
  { state, completed, failed, total, ratio, started }: ImportProgressModel,
  messages: ImportJobsMessages,
  format: ImportJobsFormatters,
): ImportProgressText {
  if (state === 'indeterminate') {
    const text = started ? messages.progressRunning : messages.progressIndeterminate;
    return { value: null, max: 1, valueText: text, pieces: text };
  }
  if (total === 0) {
    return { value: 1, max: 1, valueText: messages.progressFinished, pieces: messages.progressFinished };
  }
  return {
    value: completed + failed,
    max: total,
    valueText: messages.progressValueText({ completed, failed, total, ratio }, format),
    pieces: messages.progressPieces({ completed, done: completed + failed, total }, format),
  };
}
