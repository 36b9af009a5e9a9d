import { useEffect } from 'react';
import { findSegment } from '../catalog';
import { usePreferences } from '../preferences';

/** The segment page's heading: where the user is, the segment's name and its ID. */
export function SegmentHeader({ segmentId }: { segmentId: string }) {
  const { messages } = usePreferences();
  const name = findSegment(segmentId)?.name ?? messages.unknownSegment;

  useEffect(() => {
    document.title = messages.pageTitle(name);
  }, [messages, name]);

  return (
    <header className="page-header">
      <p className="page-header__eyebrow">{messages.breadcrumb}</p>
      <h1 className="page-header__title">{name}</h1>
      <p className="page-header__meta">
        {messages.segmentIdLabel} <code>{segmentId}</code>
      </p>
    </header>
  );
}
