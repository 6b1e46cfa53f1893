// Compiled by the consumer suite against the packed tarball: every entry, from CommonJS.
import kycWebhooks = require('kyc-webhooks');
import jumio = require('kyc-webhooks/jumio');
import idenfy = require('kyc-webhooks/idenfy');
import shufti = require('kyc-webhooks/shufti');
import onfido = require('kyc-webhooks/onfido');
import testing = require('kyc-webhooks/testing');
import bodies = require('kyc-webhooks/testing/bodies');
import fetchHandlers = require('kyc-webhooks/fetch');
import nodeHandlers = require('kyc-webhooks/node');
import type { KycWebhookError, ParseResult, ShuftiCallback } from 'kyc-webhooks/types';

const result: ParseResult<ShuftiCallback> = shufti.safeParseShufti('{}');
const error: KycWebhookError | undefined = result.success ? undefined : result.error;

export = [bodies.buildShuftiBody,fetchHandlers.createFetchHandler, nodeHandlers.createNodeHandler, kycWebhooks.defaultLimits, jumio.parseJumioNetverify, idenfy.parseIdenfy, testing.buildIdenfyBody, error, onfido.safeParseOnfido, testing.signOnfidoBody];
