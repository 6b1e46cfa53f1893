import { inspect } from 'node:util';
import type { KycWebhookError } from '../../src/index.js';

/**
 * @param error - an error the library returned or threw
 * @returns every way an application might print or log it
 */
export function renderings(error: KycWebhookError): string[] {
  return [
    error.message,
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    JSON.stringify(error.issues),
    inspect(error),
    inspect(error, { depth: Infinity }),
    inspect(error, { showHidden: true, depth: Infinity }),
  ];
}
