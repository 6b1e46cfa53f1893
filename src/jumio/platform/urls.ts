import type { JumioDataCenter, JumioRetrievalUrls } from './types.js';

/** What {@link jumioRetrievalUrls} needs of a callback (or a status response). */
export interface JumioRetrievalReference {
  readonly account: { readonly id: string; readonly href?: string };
  readonly workflowExecution: { readonly id: string; readonly href?: string };
}

/** Options of {@link jumioRetrievalUrls}. */
export interface JumioRetrievalUrlOptions {
  /**
   * Your account's data center. Jumio signs no callback, so pass it: without it, the data center is
   * read from the callback's `account.href` (or `workflowExecution.href`), accepted only when its
   * host is `retrieval.<data center>.jumio.ai`.
   */
  readonly dataCenter?: JumioDataCenter | (string & {});
}

const retrievalHost = /^https:\/\/retrieval\.([a-z]+-\d+)\.jumio\.ai(?:\/|$)/;
const safeId = /^[A-Za-z0-9_-]+$/;
const dataCenterName = /^[a-z]+-\d+$/;

/**
 * Builds the Retrieval API URLs of a callback's workflow execution from `account.id` and
 * `workflowExecution.id`, rather than following the callback's `href`, which differs between
 * Jumio's documentation (`…/accounts/<id>/workflow-executions/<id>`) and real traffic
 * (`…/workflow-executions/<id>`).
 *
 * @param callback - a parsed callback (or status response)
 * @param options - your data center; see {@link JumioRetrievalUrlOptions}
 * @returns the details and status URLs, or `undefined` when the data center is neither given nor
 *   named by a Jumio retrieval host in the callback, or an id holds anything but letters, digits,
 *   `-` and `_` (so a forged callback cannot point your credentials elsewhere)
 *
 * @example
 * ```ts
 * const urls = jumioRetrievalUrls(callback, { dataCenter: 'emea-1' });
 * ```
 */
export function jumioRetrievalUrls(callback: JumioRetrievalReference, options?: JumioRetrievalUrlOptions): JumioRetrievalUrls | undefined {
  const { account, workflowExecution } = callback;
  const dataCenter = options?.dataCenter ?? dataCenterOf(account.href) ?? dataCenterOf(workflowExecution.href);
  if (dataCenter === undefined || !dataCenterName.test(dataCenter) || !safeId.test(account.id) || !safeId.test(workflowExecution.id)) return undefined;
  const details = `https://retrieval.${dataCenter}.jumio.ai/api/v1/accounts/${account.id}/workflow-executions/${workflowExecution.id}`;
  return { details, status: `${details}/status` };
}

function dataCenterOf(href: string | undefined): string | undefined {
  return typeof href === 'string' ? retrievalHost.exec(href)?.[1] : undefined;
}
