import type { GetSegmentImportJobsCommand, PinpointClient } from '@aws-sdk/client-pinpoint';
import { PinpointError } from '../core/errors.js';

/** What a 2xx body held before the SDK parsed it: a JSON object, or anything else. */
export type BodyShape = 'object' | 'other';

/** The parts of the SDK's raw HTTP response this module reads. */
interface RawResponse {
  statusCode?: number;
  body?: unknown;
}

/** The bytes of a body, however the SDK's HTTP handler delivered it. */
type StreamCollector = (body: unknown) => Promise<Uint8Array>;

function shapeOf(bytes: Uint8Array): BodyShape | undefined {
  const text = new TextDecoder().decode(bytes).trim();
  if (text === '') return undefined; // the SDK reports an empty body itself (no ImportJobsResponse)
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? 'object' : 'other';
  } catch {
    return undefined; // the SDK's own SyntaxError names it
  }
}

/**
 * Notes the shape of a 2xx body before the SDK parses it. The SDK turns a JSON array or a bare number into an
 * empty `ImportJobsResponse` object, which would wipe good rows with an empty page; the adapter must see the raw
 * body to call it `InvalidResponseError` instead. The body is collected once and handed on as bytes, which the SDK's
 * deserialiser accepts as they are.
 *
 * @param command - The command about to be sent.
 * @param client - The client that sends it (its `streamCollector` reads the body).
 * @returns A function that tells the shape once the command has settled (`undefined`: not seen or not JSON).
 */
export function watchBodyShape(
  command: GetSegmentImportJobsCommand,
  client: PinpointClient,
): () => BodyShape | undefined {
  let shape: BodyShape | undefined;
  const collect = client.config.streamCollector as unknown as StreamCollector;
  command.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as RawResponse | undefined;
      const status = response?.statusCode ?? 0;
      const success = status >= 200 && status <= 299;
      if (response && response.body != null) {
        let bytes: Uint8Array;
        try {
          bytes = await collect(response.body);
        } catch (cause) {
          // The connection dropped half-way through a 2xx body: what came is not a page. A failed reply is still
          // named by its status, by the SDK, from what it has.
          if (!success) throw cause;
          throw new PinpointError({
            name: 'InvalidResponseError',
            message: 'The response was cut off.',
            statusCode: status,
            cause,
          });
        }
        // A UTF-8 byte order mark, which the SDK's JSON parser chokes on and `Response.text()` drops: drop it too,
        // on pages and on error bodies (their `Message` and `RequestID`), so both fetchers read a body the same way.
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        response.body = bytes;
        if (success) shape = shapeOf(bytes);
      }
      return result;
    },
    // Inside the SDK's deserialiser (priority low within the deserialize step): the response is still raw here.
    { step: 'deserialize', priority: 'low', name: 'pinpointImportJobsBodyShape' },
  );
  return () => shape;
}
