/**
 * Rendering under watch: an error boundary that records what a component throws, and the DOM checks that prove
 * untrusted text stayed text.
 */
import { Component, type ReactNode } from 'react';

/** Records every error thrown while rendering its children. */
export class RecordingBoundary extends Component<
  { caught: unknown[]; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.caught.push(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** Elements that only injected markup could have made. */
const INJECTED = 'img, script, iframe, object, embed, frame, frameset, link, meta, style, base, form';

/**
 * Every sign that response text became markup in `root`: injected elements, inline event handler attributes, links
 * with a scheme other than http(s), `srcdoc`/`formaction` attributes. Empty when everything stayed text.
 */
export function injectionProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll(INJECTED)) problems.push(`injected <${element.localName}>`);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${element.localName} ${name}>`);
      if (name === 'srcdoc' || name === 'formaction') problems.push(`<${element.localName} ${name}>`);
    }
  }
  for (const anchor of root.querySelectorAll('a[href], area[href]')) {
    const href = anchor.getAttribute('href') ?? '';
    let protocol: string;
    try {
      protocol = new URL(href, 'https://host.invalid/').protocol;
    } catch {
      protocol = 'invalid:';
    }
    if (protocol !== 'http:' && protocol !== 'https:') problems.push(`link to ${href.slice(0, 60)}`);
  }
  for (const element of root.querySelectorAll('[src], [action], [xlink\\:href]')) {
    problems.push(`<${element.localName}> with a source or action`);
  }
  return problems;
}
