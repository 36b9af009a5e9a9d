/**
 * The timing constants of the store. Every value is in milliseconds unless its name says otherwise.
 */

/** The poll interval while any job on a page is active, when `pollInterval` is not set. */
export const DEFAULT_POLL_INTERVAL_MS = 5_000;

/** How old data may get before a focus, visibility or online event refetches it, when nothing is active. */
export const IDLE_REFETCH_AFTER_MS = 30_000;

/** The shortest wait before a retry. */
export const RETRY_FLOOR_MS = 1_000;

/** The longest wait before a retry, unless the server asked for longer with `Retry-After`. */
export const RETRY_CAP_MS = 30_000;

/** The most a server's `Retry-After` may raise the wait before a retry (5 minutes). */
export const RETRY_AFTER_MAX_MS = 300_000;

/**
 * How many times a retryable failure is retried when the page is not polling (while polling: without limit): 2, so
 * a failing request is attempted 3 times in all.
 */
export const MAX_RETRIES = 2;

/** After a 401 or 403, the shortest time between two retries triggered by focus or visibility. */
export const AUTH_RETRY_THROTTLE_MS = 10_000;

/** The longest delay `setTimeout` honours (2^31 - 1 ms); longer intervals are clamped to it. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/**
 * How long after its creation a job may still be unknown to `GetImportJob` (the service is eventually consistent): a
 * `NotFoundException` for a job whose data says it was created less than this ago is retried with backoff.
 */
export const NOT_FOUND_GRACE_MS = 30_000;

/** How long the store keeps where a list was left (its page, rows and kept values) after its last observer left. */
export const PLACE_KEPT_MS = 300_000;
