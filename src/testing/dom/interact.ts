type TestingLibrary = typeof import('@testing-library/dom');

let loaded: Promise<TestingLibrary> | undefined;

/**
 * Testing Library's DOM package, loaded on the first action: queries need none of it, so `./testing` loads without
 * it. It is the copy `@testing-library/react` configures, so clicks run in `act()` and waits leave React be.
 */
function testingLibrary(): Promise<TestingLibrary> {
  loaded ??= import('@testing-library/dom').catch((cause: unknown) => {
    loaded = undefined;
    throw new Error(
      'pinpoint-import-jobs/testing: actions need @testing-library/dom (npm i -D @testing-library/dom).',
      { cause },
    );
  });
  return loaded;
}

/**
 * Clicks an element as a user does: focuses it, then clicks it with Testing Library's `fireEvent.click`. Both run
 * in Testing Library's event wrapper (React's `act()` when `@testing-library/react` is loaded).
 */
export async function click(element: Element): Promise<void> {
  const { fireEvent, getConfig } = await testingLibrary();
  const focusable = element as Partial<HTMLElement>;
  if (typeof focusable.focus === 'function') getConfig().eventWrapper(() => focusable.focus?.());
  fireEvent.click(element);
}

/**
 * Waits, as Testing Library's `findBy*` queries do, until `done` returns `true`; rejects with `explain()` when the
 * time is up.
 *
 * @param done - Whether the UI caught up; may throw while it has not.
 * @param explain - What was awaited and what is there instead.
 * @param timeout - Milliseconds; default: Testing Library's `asyncUtilTimeout`.
 */
export async function waitUntil(
  done: () => boolean | Promise<boolean>,
  explain: () => string,
  timeout: number | undefined,
): Promise<void> {
  const { waitFor } = await testingLibrary();
  await waitFor(
    async () => {
      if (!(await done())) throw new Error('not yet');
    },
    {
      ...(timeout === undefined ? {} : { timeout }),
      onTimeout: () => new Error(explain()),
    },
  );
}

/** Sets the value of an input as a user typing it would, as Testing Library's `fireEvent.change` does. */
export async function changeValue(input: Element, value: string): Promise<void> {
  const { fireEvent } = await testingLibrary();
  fireEvent.change(input, { target: { value } });
}
