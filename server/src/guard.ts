// Keeps the server alive whatever the input: request handlers are wrapped so that a thrown error or a
// rejected promise is logged to the client's output channel and answered with an empty result.

import type { Connection } from 'vscode-languageserver';
import { errorText } from './documents';

export function guard<P extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P): Promise<R> => {
    try {
      return await handler(...args);
    } catch (err) {
      connection.console.error(`NewsLens: ${name} failed: ${errorText(err)}`);
      return fallback;
    }
  };
}
