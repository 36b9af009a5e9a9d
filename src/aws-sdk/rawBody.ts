import type {
  GetImportJobCommand,
  GetImportJobsCommand,
  GetSegmentImportJobsCommand,
  PinpointClient,
} from '@aws-sdk/client-pinpoint';
import { bodyFromReply, cutOffReplyError, type ReplyWrapper } from '../core/http/bodyFromReply.js';
import { redirectError } from '../core/http/redirectError.js';

/** A command of the import job operations. */
export type AnyCommand = GetSegmentImportJobsCommand | GetImportJobsCommand | GetImportJobCommand;

/** The parts of the SDK's raw HTTP response this module reads. */
interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** The bytes of a body, however the SDK's HTTP handler delivered it. */
type StreamCollector = (body: unknown) => Promise<Uint8Array>;

function headersOf(response: RawResponse): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    try {
      headers.append(name, value);
    } catch {
      // A header that `Headers` refuses is not one this module reads.
    }
  }
  return headers;
}

/**
 * Reads a reply before the SDK parses it, so that both fetchers read a reply the same way. The SDK turns a JSON
 * array or a bare number into an empty page (which would wipe good rows), an array item into an empty job, a
 * wrapped page into one with no `Item`, and takes a 200 for a success whatever `x-amzn-ErrorType` says; here the
 * raw 2xx body goes through the HTTP fetcher's reading instead, and its body is the one the fetcher returns. A
 * failed reply whose body is cut off is named by its status and headers, as the HTTP fetcher names it. The body is
 * collected once and handed on as bytes, which the SDK's deserialiser accepts as they are.
 *
 * @param command - The command about to be sent.
 * @param client - The client that sends it (its `streamCollector` reads the body).
 * @param wrapper - What the SDK wraps the command's body in.
 * @returns A function that gives the body once the command has succeeded (`undefined`: no reply seen).
 */
export function watchRawBody(
  command: AnyCommand,
  client: PinpointClient,
  wrapper: ReplyWrapper,
): () => object | undefined {
  let body: object | undefined;
  const collect = client.config.streamCollector as unknown as StreamCollector;
  (command as GetSegmentImportJobsCommand).middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as RawResponse | undefined;
      if (response === undefined) return result;
      const status = response.statusCode ?? 0;
      if (status === 0) {
        // A browser's answer to a redirect not followed (`redirect: 'manual'` in the handler's `requestInit`): no
        // status, no headers, no body. Named as `createHttpFetcher` names it.
        throw redirectError();
      }
      const success = status >= 200 && status <= 299;
      let bytes: Uint8Array = new Uint8Array();
      if (response.body != null) {
        try {
          bytes = await collect(response.body);
        } catch (cause) {
          throw cutOffReplyError(status, headersOf(response), cause);
        }
      }
      // A UTF-8 byte order mark, which the SDK's JSON parser chokes on and `Response.text()` drops: drop it too,
      // on pages and on error bodies (their `Message` and `RequestID`).
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      response.body = bytes;
      if (success)
        body = bodyFromReply(status, headersOf(response), new TextDecoder().decode(bytes), wrapper);
      return result;
    },
    // Inside the SDK's deserialiser (priority low within the deserialize step): the response is still raw here.
    { step: 'deserialize', priority: 'low', name: 'pinpointImportJobsRawPage' },
  );
  return () => body;
}
