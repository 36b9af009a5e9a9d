import { useEffect } from 'react';
import { Link } from 'wouter';
import { segments } from '../catalog';
import { usePreferences } from '../preferences';
import { paths } from '../routes';

/** Any path the router does not know. */
export function NotFoundPage() {
  const { messages } = usePreferences();
  const first = segments[0];

  useEffect(() => {
    document.title = messages.pageTitle(messages.notFoundTitle);
  }, [messages]);

  return (
    <header className="page-header">
      <h1 className="page-header__title">{messages.notFoundTitle}</h1>
      <p>{messages.notFoundText}</p>
      {first && <Link href={paths.segment(first.id)}>{messages.notFoundLink}</Link>}
    </header>
  );
}
