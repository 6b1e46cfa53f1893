import { readFileSync } from 'node:fs';
import type { KycWebhookErrorCode } from '../../src/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The codes of the README's error-code table (`| \`code\` | When |`), in its order. */
export const documentedErrorCodes: readonly string[] = (() => {
  const header = '| `code` | When |';
  const start = readme.indexOf(header);
  if (start < 0) throw new Error('the README has no error-code table');
  const table = readme.slice(start + header.length);
  const rows = table.slice(0, table.search(/\n(?!\|)/));
  return [...rows.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1] ?? '');
})();

// Keys exactly the union: a code added to KycWebhookErrorCode and not here does not compile.
const emitted: { readonly [C in KycWebhookErrorCode]: true } = {
  malformed_body: true,
  invalid_payload: true,
  unknown_variant: true,
  body_too_large: true,
  too_many_fields: true,
  nesting_too_deep: true,
  too_many_items: true,
  invalid_options: true,
  internal_error: true,
  unknown_kind: true,
  invalid_signature: true,
};

/** Every code the library can emit: the `KycWebhookErrorCode` union, as a runtime list. */
export const errorCodes = Object.keys(emitted) as readonly KycWebhookErrorCode[];

/**
 * @param code - an error's code
 * @returns whether the README's error-code table documents it
 */
export function isDocumentedCode(code: string): boolean {
  return documentedErrorCodes.includes(code);
}
