import type { jumioDataCenters, jumioPlatformStatuses } from './enumerations.js';

// Jumio Platform (KYX) callback payload types.

/** The status a Jumio Platform callback reports: the discriminant of {@link JumioPlatformCallback}. */
export type JumioPlatformStatus = (typeof jumioPlatformStatuses)[number];

/** A Jumio data center: `amer-1`, `emea-1` or `apac-1`. */
export type JumioDataCenter = (typeof jumioDataCenters)[number];

/**
 * The workflow execution a callback is about.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/callback
 */
export interface JumioPlatformWorkflowExecution<S extends JumioPlatformStatus = JumioPlatformStatus> {
  /** The workflow execution's id (a UUID in real traffic; the documentation's sample has `xxxx` placeholders). */
  id: string;
  /** A retrieval URL Jumio sends; its form differs between the documentation and real traffic, so build URLs with `jumioRetrievalUrls`. */
  href: string;
  /** The workflow definition's key, always a string (`"10013"`, `"3"`). */
  definitionKey: string;
  /** Where the execution stands. */
  status: S;
}

/**
 * The account the workflow execution belongs to.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/callback
 */
export interface JumioPlatformAccount {
  /** The account's id. */
  id: string;
  /** The account's retrieval URL, `https://retrieval.<data center>.jumio.ai/api/v1/accounts/<id>`. */
  href: string;
}

/**
 * What every Jumio Platform callback carries. It holds no personal data and no result: fetch the
 * result from the Retrieval API.
 *
 * @see https://documentation.jumio.ai/docs/developer-resources/callback
 */
export interface JumioPlatformCallbackCommon {
  /** When Jumio sent the callback, `YYYY-MM-DDThh:mm:ss.SSSZ` (UTC). */
  callbackSentAt: string;
  /** Your reference for the user, when you set one when creating the account. */
  userReference?: string;
  /** The account. */
  account: JumioPlatformAccount;
}

/** A callback for a workflow execution Jumio has processed: fetch its result (`PROCESSED`). */
export interface JumioPlatformProcessed extends JumioPlatformCallbackCommon {
  /** The workflow execution. */
  workflowExecution: JumioPlatformWorkflowExecution<'PROCESSED'>;
}

/** A callback for a user session that expired before the user finished (`SESSION_EXPIRED`). */
export interface JumioPlatformSessionExpired extends JumioPlatformCallbackCommon {
  /** The workflow execution. */
  workflowExecution: JumioPlatformWorkflowExecution<'SESSION_EXPIRED'>;
}

/** A callback for an authorization token that expired before the transaction was completed (`TOKEN_EXPIRED`). */
export interface JumioPlatformTokenExpired extends JumioPlatformCallbackCommon {
  /** The workflow execution. */
  workflowExecution: JumioPlatformWorkflowExecution<'TOKEN_EXPIRED'>;
}

/** An intermediate callback: the user started the capture (`ACQUISITION_STARTED`, reported by third parties only). */
export interface JumioPlatformAcquisitionStarted extends JumioPlatformCallbackCommon {
  /** The workflow execution. */
  workflowExecution: JumioPlatformWorkflowExecution<'ACQUISITION_STARTED'>;
}

/** An intermediate callback: the data was captured and awaits processing (`ACQUIRED`, reported by third parties only). */
export interface JumioPlatformAcquired extends JumioPlatformCallbackCommon {
  /** The workflow execution. */
  workflowExecution: JumioPlatformWorkflowExecution<'ACQUIRED'>;
}

/** Each Jumio Platform callback type by its `workflowExecution.status`. */
export interface JumioPlatformCallbackMap {
  PROCESSED: JumioPlatformProcessed;
  SESSION_EXPIRED: JumioPlatformSessionExpired;
  TOKEN_EXPIRED: JumioPlatformTokenExpired;
  ACQUISITION_STARTED: JumioPlatformAcquisitionStarted;
  ACQUIRED: JumioPlatformAcquired;
}

/**
 * A decoded Jumio Platform (KYX) callback: a union discriminated by `workflowExecution.status`.
 * TypeScript narrows `callback.workflowExecution` on it; the variants differ in nothing else.
 *
 * @example
 * ```ts
 * if (callback.workflowExecution.status === 'PROCESSED') {
 *   const urls = jumioRetrievalUrls(callback);
 * }
 * ```
 */
export type JumioPlatformCallback = JumioPlatformCallbackMap[JumioPlatformStatus];

/** The Retrieval API URLs of one workflow execution, built by `jumioRetrievalUrls`. */
export interface JumioRetrievalUrls {
  /** The workflow execution details (`parseJumioRetrieval` reads the response). */
  readonly details: string;
  /** The workflow execution status (`parseJumioRetrievalStatus` reads the response). */
  readonly status: string;
}
