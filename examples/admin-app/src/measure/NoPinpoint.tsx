// Stands in for ../pinpoint.tsx in `vite build --mode without-library` (see vite.config.ts).
import type { ReactNode } from 'react';

export function PinpointProvider({ children }: { children: ReactNode }) {
  return children;
}
