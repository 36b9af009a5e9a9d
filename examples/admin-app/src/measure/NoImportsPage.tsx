// Stands in for ../pages/ImportsPage.tsx in `vite build --mode without-library` (see vite.config.ts).
import { ImportsHeader } from '../components/ImportsHeader';

export function ImportsPage() {
  return <ImportsHeader />;
}
