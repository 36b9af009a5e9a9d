import { application } from '../catalog';
import { usePreferences } from '../preferences';
import { PageHeader } from './PageHeader';

/** The "All imports" page's heading. */
export function ImportsHeader() {
  const { messages } = usePreferences();
  return (
    <PageHeader
      eyebrow={application.name}
      title={messages.allImports}
      meta={
        <>
          {messages.applicationIdLabel} <code>{application.id}</code>
        </>
      }
    />
  );
}
