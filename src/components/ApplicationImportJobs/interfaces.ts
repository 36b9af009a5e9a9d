import type { HTMLAttributes } from 'react';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';
import type { UseApplicationImportJobsOptions } from '../../react/useApplicationImportJobs.js';
import type { ImportJobsPanelProps } from '../SegmentImportJobs/interfaces.js';

/**
 * Props of {@link ApplicationImportJobs}: the options of `useApplicationImportJobs` (`applicationId`, `fetcher`,
 * `pageSize`, `pollInterval`, ...), plus the panel's own, as `SegmentImportJobs` has them. `className`, `style`,
 * `id` and `data-*` go to the root `<section>`.
 */
export interface ApplicationImportJobsProps
  extends UseApplicationImportJobsOptions,
    ImportJobsPanelProps,
    Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError'>,
    ImportJobsI18nProps {}
