// The README's Express routes for the signed providers, type-checked with the rest of the project
// against @types/express (Express itself is not installed: the example is compiled, not run).
declare const queue: { push(job: object): Promise<void> };
declare const logger: { warn(details: object, message: string): void };
declare const IDENFY_SIGNING_KEY: string;
declare const SHUFTI_SECRET: string;

// #region readme
import express, { type Request, type Response } from 'express';
import { safeVerifyAndParseIdenfy, safeVerifyAndParseShufti, type KycWebhookError } from 'kyc-webhooks';

const app = express();
// express.raw keeps the exact bytes the provider signed (express.json() would not). Without a
// body, req.body is no Uint8Array: the empty body then fails the check.
const rawBody = express.raw({ type: '*/*', limit: '256kb' });
const bytes = (req: Request) => (req.body instanceof Uint8Array ? req.body : new Uint8Array(0));
const status = ({ code }: KycWebhookError) => (code === 'invalid_signature' ? 401 : code === 'unknown_variant' ? 200 : 400);

app.post('/webhooks/idenfy', rawBody, async (req: Request, res: Response) => {
  const result = await safeVerifyAndParseIdenfy(bytes(req), req.headers, { key: IDENFY_SIGNING_KEY });
  if (!result.success) {
    logger.warn(result.error.toJSON(), 'iDenfy callback rejected'); // value-free, safe to log
    res.sendStatus(status(result.error));
    return;
  }
  await queue.push(result.data);
  res.sendStatus(200);
});

app.post('/webhooks/shufti', rawBody, async (req: Request, res: Response) => {
  const result = await safeVerifyAndParseShufti(bytes(req), req.headers, { key: SHUFTI_SECRET });
  if (!result.success) {
    logger.warn(result.error.toJSON(), 'Shufti callback rejected');
    res.sendStatus(status(result.error));
    return;
  }
  await queue.push(result.data);
  res.sendStatus(200);
});
// #endregion
