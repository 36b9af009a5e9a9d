import type { JobStatusTone } from './interfaces.js';

/** What every icon shape shares: drawn with the current text colour, in a 16-unit box. */
const SHAPE_ATTRIBUTES = {
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** One shape per tone, so the badge never relies on colour alone. Decorative: hidden from assistive tech. */
export function StatusIcon({ tone }: { tone: JobStatusTone }) {
  return (
    <svg aria-hidden="true" width="1em" height="1em" {...SHAPE_ATTRIBUTES}>
      {renderShape(tone)}
    </svg>
  );
}

function renderShape(tone: JobStatusTone) {
  switch (tone) {
    case 'neutral':
      return <circle cx="8" cy="8" r="5" />;
    case 'info':
      return (
        <>
          <circle cx="8" cy="8" r="6" />
          <path d="M8 7.5v4M8 4.5v.01" />
        </>
      );
    case 'progress':
      return (
        <>
          <circle cx="8" cy="8" r="6" />
          <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" stroke="none" />
        </>
      );
    case 'success':
      return (
        <>
          <circle cx="8" cy="8" r="6" />
          <path d="M5.2 8.2l2 2 3.6-4" />
        </>
      );
    case 'warning':
      return <path d="M8 2.2 14.2 13H1.8zM8 6.5v3M8 11.3v.01" />;
    case 'danger':
      return (
        <>
          <path d="M5.5 1.8h5l3.7 3.7v5l-3.7 3.7h-5l-3.7-3.7v-5z" />
          <path d="M6 6l4 4M10 6l-4 4" />
        </>
      );
    default:
      return tone satisfies never;
  }
}
