import { type ReactNode, useEffect } from 'react';
import { usePreferences } from '../preferences';

/** A page's heading: where the user is, the page's title (also the document's) and a line about it. */
export function PageHeader({ eyebrow, title, meta }: { eyebrow: string; title: string; meta?: ReactNode }) {
  const { messages } = usePreferences();

  useEffect(() => {
    document.title = messages.pageTitle(title);
  }, [messages, title]);

  return (
    <header className="page-header">
      <p className="page-header__eyebrow">{eyebrow}</p>
      <h1 className="page-header__title">{title}</h1>
      {meta && <p className="page-header__meta">{meta}</p>}
    </header>
  );
}
