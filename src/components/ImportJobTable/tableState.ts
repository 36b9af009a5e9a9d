import type { ImportJob } from '../../core/types.js';
import type { ImportJobTableState } from './interfaces.js';

/** Decides which state the table shows. */
export function getImportJobTableState(props: {
  jobs: readonly ImportJob[];
  loading?: boolean | undefined;
  idle?: boolean | undefined;
  error?: Error | null | undefined;
  stale?: boolean | undefined;
}): ImportJobTableState {
  const hasRows = props.jobs.length > 0;
  if (!hasRows) {
    if (props.error) return 'error';
    if (props.loading) return 'loading';
    return props.idle ? 'idle' : 'empty';
  }
  return props.stale || props.error ? 'stale' : 'ready';
}
