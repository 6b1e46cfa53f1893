import type { jumioRetrievalStatuses } from './enumerations.js';

// Jumio Platform Retrieval API: the workflow execution status response.

/** A status response's `workflowExecution.status`: its discriminant. */
export type JumioRetrievalStatus = (typeof jumioRetrievalStatuses)[number];

/**
 * A decoded Jumio Platform workflow execution status response (`GET …/accounts/<accountId>/workflow-executions/<workflowExecutionId>/status`):
 * an API response, not a webhook.
 *
 * @see https://docs.jumio.com/production/Content/Integration/Viewing%20or%20Retrieving%20Transactions/Workflow%20Status.htm
 */
export interface JumioRetrievalStatusResponse {
  /** The account: its id and retrieval URL. */
  account: { id: string; href: string };
  /** The workflow execution: its id, a retrieval URL, its definition key (a string) and its status. */
  workflowExecution: { id: string; href: string; definitionKey: string; status: JumioRetrievalStatus };
}
