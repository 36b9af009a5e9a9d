import { usePreferences } from '../preferences';
import { PageHeader } from './PageHeader';

/** A job page's heading (the panel under it names the job). */
export function JobHeader() {
  const { messages } = usePreferences();
  return <PageHeader eyebrow={messages.allImports} title={messages.importJob} />;
}
