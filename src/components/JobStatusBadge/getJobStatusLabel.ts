import { isKnownJobStatus } from '../../core/types.js';
import type { ImportJobsMessages } from '../../i18n/messages.js';

/**
 * The label of a status: the message of a known one, the raw value (through `unknownStatus`) of any other.
 * Internal: shared by {@link JobStatusBadge} and the table's status cells.
 *
 * @param status - A status as received, possibly unknown or missing.
 * @param messages - The messages in effect.
 */
export function getJobStatusLabel(status: unknown, messages: ImportJobsMessages): string {
  return isKnownJobStatus(status)
    ? messages.statusLabels[status]
    : messages.unknownStatus(typeof status === 'string' ? status : '');
}
