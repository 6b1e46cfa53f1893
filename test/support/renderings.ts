import { format, inspect } from 'node:util';
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
    // What serializers that read every own property (serialize-error, some loggers) write.
    JSON.stringify(error, Object.getOwnPropertyNames(error)),
    inspect(error),
    inspect(error, { depth: Infinity }),
    inspect(error, { showHidden: true, depth: Infinity }),
    inspect(error, { showHidden: true, getters: true, depth: Infinity }),
    inspect(error, { showHidden: true, getters: true, customInspect: false, showProxy: true, depth: Infinity }),
    format('%o %O %j %s', error, error, error, error),
    inspect(structuredClone(error), { showHidden: true, getters: true }),
  ];
}
