import catalog from '../catalog.json';

/** A segment of the demo application, as the sidebar lists it. */
export interface Segment {
  id: string;
  name: string;
}

/** The application the admin app shows (the same catalog the server's simulator serves). */
export const application: { id: string; name: string } = catalog.application;

/** The application's segments, in the sidebar's order. */
export const segments: readonly Segment[] = catalog.segments.map(({ id, name }) => ({ id, name }));

/** The segment with this ID, if the catalog has it. */
export function findSegment(segmentId: string): Segment | undefined {
  return segments.find((segment) => segment.id === segmentId);
}
