import * as Progress from '@radix-ui/react-progress';
import { forwardRef } from 'react';
import { useImportJobsI18n } from '../../i18n/ImportJobsI18nProvider.js';
import { cx } from '../shared/cx.js';
import { getImportProgress } from './getImportProgress.js';
import { getImportProgressText } from './getImportProgressText.js';
import type { ImportProgressProps } from './interfaces.js';
import { percent } from './percent.js';

const FULL = { inlineSize: '100%' } as const;

/**
 * The progress of an import job, on `@radix-ui/react-progress`: completed pieces of the total, failed pieces as a
 * distinct part, and `TotalProcessed` as endpoints processed. Indeterminate (`data-state="indeterminate"`) while
 * the job runs without a known total; counts that disagree are clamped (`data-counts-disagree`).
 *
 * @example
 * ```tsx
 * <ImportProgress job={job} />
 * ```
 */
export const ImportProgress = forwardRef<HTMLDivElement, ImportProgressProps>(function ImportProgress(
  {
    job,
    showEndpointsProcessed = true,
    variant = 'default',
    className,
    locale,
    messages: messageOverrides,
    ...rest
  },
  ref,
) {
  const { messages, format } = useImportJobsI18n({ locale, messages: messageOverrides });
  const model = getImportProgress(job);
  const { state, completed, failed, total, processed, countsDisagree } = model;
  const known = total > 0;
  const { value, max, valueText, pieces } = getImportProgressText(model, messages, format);

  const compact = variant === 'compact';
  const details = (
    <>
      {failed > 0 ? (
        <span className="pij-progress__failed-count">
          {messages.progressFailedPieces({ failed }, format)}
        </span>
      ) : null}
      {showEndpointsProcessed && processed !== undefined ? (
        <span className="pij-progress__processed">
          {messages.endpointsProcessed({ count: processed }, format)}
        </span>
      ) : null}
      {countsDisagree ? <span className="pij-progress__note">{messages.progressCountsDisagree}</span> : null}
    </>
  );

  return (
    <div
      {...rest}
      ref={ref}
      className={cx('pij-progress', compact && 'pij-progress--compact', className)}
      data-state={state}
      data-failed={failed > 0 || undefined}
      data-counts-disagree={countsDisagree || undefined}
    >
      {compact ? (
        // The fewest elements that keep everything: Radix's progress bar (its data-value and data-max, copies of
        // aria-valuenow and aria-valuemax, left out), the parts as plain elements, the text as text.
        <Progress.Root
          value={value}
          max={max}
          aria-label={messages.progressLabel}
          aria-valuetext={valueText}
          getValueLabel={() => valueText}
          data-value={undefined}
          data-max={undefined}
        >
          <div
            data-part="completed"
            style={
              known ? { inlineSize: percent(completed, total) } : state === 'complete' ? FULL : undefined
            }
          />
          {failed > 0 ? <div data-part="failed" style={{ inlineSize: percent(failed, total) }} /> : null}
        </Progress.Root>
      ) : (
        <Progress.Root
          className="pij-progress__track"
          value={value}
          max={max}
          aria-label={messages.progressLabel}
          aria-valuetext={valueText}
          getValueLabel={() => valueText}
        >
          {known ? (
            <>
              <Progress.Indicator
                className="pij-progress__completed"
                data-part="completed"
                style={{ inlineSize: percent(completed, total) }}
              />
              <div
                className="pij-progress__failed"
                data-part="failed"
                style={{ inlineSize: percent(failed, total) }}
              />
            </>
          ) : (
            <Progress.Indicator
              className="pij-progress__completed"
              data-part="completed"
              style={state === 'complete' ? FULL : undefined}
            />
          )}
        </Progress.Root>
      )}
      {compact ? (
        <>
          {pieces}
          {details}
        </>
      ) : (
        <div className="pij-progress__text">
          <span className="pij-progress__pieces">{pieces}</span>
          {details}
        </div>
      )}
    </div>
  );
});
