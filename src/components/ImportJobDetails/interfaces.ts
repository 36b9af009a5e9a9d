import type { HTMLAttributes } from 'react';
import type { ImportJob } from '../../core/types.js';
import type { ImportJobsI18nProps } from '../../i18n/ImportJobsI18nProvider.js';

/** Props of {@link ImportJobDetails}. `className`, `style`, `id` and `data-*` go to the root `<div>`. */
export interface ImportJobDetailsProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children'>,
    ImportJobsI18nProps {
  /** The job, normalised (`useImportJob`'s `job`, or a row of a list). Every field may be missing. */
  job: ImportJob;
}
