import { Link, useLocation } from 'wouter';
import { application, segments } from '../catalog';
import { usePreferences } from '../preferences';
import { paths } from '../routes';

/** The application, its "All imports" and its segments; the page shown is marked `aria-current="page"`. */
export function Sidebar() {
  const { messages } = usePreferences();
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label={messages.applicationNav}>
      <div className="sidebar__application">
        <span className="sidebar__label">{messages.applicationLabel}</span>
        <span className="sidebar__application-name">{application.name}</span>
        <code className="sidebar__application-id" title={application.id}>
          {application.id}
        </code>
      </div>
      <Link
        href={paths.imports()}
        className="sidebar__link sidebar__link--all"
        aria-current={location === paths.imports() ? 'page' : undefined}
      >
        {messages.allImports}
      </Link>
      <h2 className="sidebar__heading" id="sidebar-segments">
        {messages.segmentsHeading}
      </h2>
      <ul className="sidebar__list" aria-labelledby="sidebar-segments">
        {segments.map((segment) => {
          const href = paths.segment(segment.id);
          return (
            <li key={segment.id}>
              <Link
                href={href}
                className="sidebar__link"
                aria-current={location === href ? 'page' : undefined}
              >
                {segment.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
