import { findSegment } from '../catalog';
import { usePreferences } from '../preferences';
import { PageHeader } from './PageHeader';

/** The segment page's heading: where the user is, the segment's name and its ID. */
export function SegmentHeader({ segmentId }: { segmentId: string }) {
  const { messages } = usePreferences();
  return (
    <PageHeader
      eyebrow={messages.breadcrumb}
      title={findSegment(segmentId)?.name ?? messages.unknownSegment}
      meta={
        <>
          {messages.segmentIdLabel} <code>{segmentId}</code>
        </>
      }
    />
  );
}
