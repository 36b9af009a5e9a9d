/**
 * Hostile strings in every string field, one named case each: they render as the text they are, nothing is
 * injected, and no link is built from a `javascript:` (or any non-http) value.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FailureList } from '../../src/components/FailureList/FailureList.js';
import { IMPORT_JOB_COLUMN_IDS } from '../../src/components/ImportJobTable/columnIds.js';
import { ImportJobTable } from '../../src/components/ImportJobTable/ImportJobTable.js';
import { JobStatusBadge } from '../../src/components/JobStatusBadge/JobStatusBadge.js';
import { PinpointError } from '../../src/core/errors.js';
import { normalizeImportJobsResponse } from '../../src/core/normalize.js';
import { injectionProblems } from './helpers/renderChecks.js';

const ALL_COLUMNS = Object.fromEntries(IMPORT_JOB_COLUMN_IDS.map((id) => [id, true]));
const MARKUP = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JS_URL = 'javascript:alert(1)';

const JOB_FIELDS = ['Id', 'ApplicationId', 'JobStatus', 'Type', 'CreationDate', 'CompletionDate'] as const;
const DEFINITION_FIELDS = ['RoleArn', 'S3Url', 'SegmentId', 'SegmentName', 'ExternalId'] as const;

function wire(overrides: Record<string, unknown> = {}, definition: Record<string, unknown> = {}) {
  return {
    Id: 'job-1',
    ApplicationId: 'app-1',
    JobStatus: 'FAILED',
    Type: 'IMPORT',
    CreationDate: '2024-05-01T10:00:00.000Z',
    CompletionDate: '2024-05-01T11:00:00.000Z',
    TotalPieces: 4,
    CompletedPieces: 3,
    FailedPieces: 1,
    Failures: ['row 1: bad'],
    ...overrides,
    Definition: {
      Format: 'CSV',
      RoleArn: 'arn:aws:iam::1:role/r',
      S3Url: 's3://bucket/key.csv',
      SegmentName: 'segment',
      ...definition,
    },
  };
}

function renderTable(item: unknown) {
  const { jobs } = normalizeImportJobsResponse({ ImportJobsResponse: { Item: [item] } });
  return render(
    <ImportJobTable
      jobs={jobs}
      defaultColumnVisibility={ALL_COLUMNS}
      defaultExpandedJobIds={jobs.map((job) => job.Id)}
    />,
  );
}

describe('the injection check itself', () => {
  it('catches injected elements, handler attributes and javascript: links (so the tests below can fail)', () => {
    const root = document.createElement('div');
    // Built with DOM calls, as injected markup would end up.
    const img = document.createElement('img');
    img.setAttribute('onerror', 'alert(1)');
    const link = document.createElement('a');
    link.setAttribute('href', JS_URL);
    root.append(img, link);
    expect(injectionProblems(root)).toEqual(
      expect.arrayContaining(['injected <img>', '<img onerror>', `link to ${JS_URL}`]),
    );
  });
});

describe('hostile strings in every field render as text', () => {
  describe.each([MARKUP, SCRIPT, JS_URL])('%s', (hostile) => {
    it.each(JOB_FIELDS)('in %s', (field) => {
      const { container } = renderTable(wire({ [field]: hostile }));
      expect(injectionProblems(container)).toEqual([]);
      // Dates that do not parse are not shown as dates; every other field shows the very text.
      if (field !== 'CreationDate' && field !== 'CompletionDate') {
        expect(container.textContent).toContain(hostile);
      }
    });

    it.each(DEFINITION_FIELDS)('in Definition.%s', (field) => {
      const { container } = renderTable(wire({}, { [field]: hostile }));
      expect(injectionProblems(container)).toEqual([]);
      expect(container.textContent).toContain(hostile);
    });

    it('in Failures (table detail and FailureList)', () => {
      const { container } = renderTable(wire({ Failures: [hostile, `${hostile} again`] }));
      expect(injectionProblems(container)).toEqual([]);
      expect(container.textContent).toContain(hostile);
      const list = render(<FailureList failures={[hostile]} totalFailures={2_345} />);
      expect(injectionProblems(list.container)).toEqual([]);
      expect(list.container.textContent).toContain(hostile);
    });

    it('in an error message shown by the table', () => {
      const error = new PinpointError({ name: 'InternalServerErrorException', message: hostile });
      const { container } = render(<ImportJobTable jobs={[]} error={error} onRetry={() => {}} />);
      expect(injectionProblems(container)).toEqual([]);
      const stale = render(
        <ImportJobTable
          jobs={[{ Id: 'job-1' }]}
          error={error}
          stale
          onRetry={() => {}}
          updatedAt={Date.now()}
        />,
      );
      expect(injectionProblems(stale.container)).toEqual([]);
    });

    it('as a status in JobStatusBadge', () => {
      const { container } = render(<JobStatusBadge status={hostile} />);
      expect(injectionProblems(container)).toEqual([]);
      expect(container.textContent).toContain(hostile);
    });
  });

  it('a javascript: S3Url is text, never a link; an https one is the only kind of link built', () => {
    const { container, unmount } = renderTable(wire({}, { S3Url: JS_URL }));
    expect(container.querySelectorAll('a[href]')).toHaveLength(0);
    expect(screen.getAllByText(JS_URL, { exact: false }).length).toBeGreaterThan(0);
    unmount();
    for (const scheme of [
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'javascript:alert(1)//https://example.com/a.csv',
      'javascript://https://example.com/%0Aalert(1)',
      'data:text/html,x',
      'data:text/html;base64,https://example.com/a.csv',
      'vbscript:x',
      's3://b/k',
    ]) {
      const view = renderTable(wire({}, { S3Url: scheme }));
      expect(view.container.querySelectorAll('a[href]')).toHaveLength(0);
      view.unmount();
    }
    const https = 'https://example.com/imports/a.csv';
    const safe = renderTable(wire({}, { S3Url: https }));
    const links = [...safe.container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    // The https URL is linked (in the row and its details), and nothing else is.
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set([https]));
  });

  it('a 10,000-character string in every field renders, whole, as text', () => {
    const long = 'x'.repeat(10_000);
    const item = wire(
      { Id: long, ApplicationId: long, JobStatus: long, Type: long, Failures: [long] },
      { RoleArn: long, S3Url: long, SegmentId: long, SegmentName: long, ExternalId: long },
    );
    const { container } = renderTable(item);
    expect(injectionProblems(container)).toEqual([]);
    expect(container.textContent).toContain(long);
  });
});
