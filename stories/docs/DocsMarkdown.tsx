import { Markdown } from '@storybook/addon-docs/blocks';

/**
 * The docs site's page of each Markdown file, by file name: a link to one of them opens that page. The files under
 * docs/ are the single source of the reference docs (readable on GitHub, their code blocks typechecked by
 * test/docs/codeBlocks.test.ts); each MDX page of the site renders one or two of them.
 */
const PAGES: Record<string, string> = {
  'README.md': 'docs-getting-started--docs',
  'fetchers.md': 'docs-fetchers-and-errors--docs',
  'hook-and-store.md': 'docs-the-hook-and-the-store--docs',
  'job-family.md': 'docs-the-hook-and-the-store--docs',
  'components.md': 'docs-components--docs',
  'theming.md': 'docs-theming--theming-and-text',
  'simulator.md': 'docs-simulated-backend--docs',
  'server.md': 'docs-server--docs',
  'testing.md': 'docs-testing--docs',
  'reliability.md': 'docs-reliability--docs',
  'benchmarks.md': 'docs-performance--docs',
  'performance.md': 'docs-performance--docs',
};

/**
 * Points links to Markdown files at their pages on the site; a file with no page (CHANGELOG, ARCHITECTURE) is named
 * as text, since the site does not serve it.
 */
export function toSiteLinks(markdown: string): string {
  return markdown.replace(
    /\[([^\]]+)\]\(((?:\.\.?\/)?(?:docs\/)?([\w.-]+\.md))(#[\w-]+)?\)/g,
    (_link, text: string, path: string, file: string, hash: string | undefined) => {
      const page = PAGES[file];
      if (page) return `[${text}](?path=/docs/${page}${hash ?? ''})`;
      return `${text} (\`${path.replace(/^(\.\.?\/)+/, '')}\` in the repository)`;
    },
  );
}

/** A Markdown file of the repository as a docs page, with its links pointed at the site's pages. */
export function DocsMarkdown({ children }: { children: string }) {
  return <Markdown>{toSiteLinks(children)}</Markdown>;
}
