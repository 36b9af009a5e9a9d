// Stands in for ../pages/SegmentPage.tsx in `vite build --mode without-library` (see vite.config.ts): the page's
// own header stays, the library's panel goes.
import { SegmentHeader } from '../components/SegmentHeader';

export function SegmentPage({ segmentId }: { segmentId: string }) {
  return <SegmentHeader segmentId={segmentId} />;
}
