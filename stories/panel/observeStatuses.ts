/**
 * Records every `data-status` one job's row carries, as it changes, so a play function can check the
 * lifecycle a live job went through without racing the polls.
 *
 * @param root - The story's canvas.
 * @param jobId - The job whose row to watch.
 * @returns The statuses seen so far (deduplicated in a row) and a function to stop watching.
 */
export function observeStatuses(root: HTMLElement, jobId: string): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const record = () => {
    for (const row of root.querySelectorAll('tr')) {
      if (!row.textContent?.includes(jobId)) continue;
      const status = row.getAttribute('data-status');
      if (status && seen.at(-1) !== status) seen.push(status);
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  record();
  return { seen, stop: () => observer.disconnect() };
}
