// The README's Express example, type-checked with the rest of the project against @types/express
// (Express itself is not installed: the example is compiled, not run).
declare const queue: { push(job: object): Promise<void> };

// #region readme
import express, { type Request, type Response } from 'express';
import { KycWebhookError, parseJumioNetverify } from 'kyc-webhooks';

const app = express();

app.post('/webhooks/jumio', express.urlencoded({ extended: false }), async (req: Request, res: Response) => {
  try {
    // Takes the record express.urlencoded() produces (or the raw body, or URLSearchParams).
    const callback = parseJumioNetverify(req.body as Record<string, string>);
    await queue.push(callback); // plain JSON data: safe to serialize into a queue or a database
    res.sendStatus(200);
  } catch (error) {
    if (!(error instanceof KycWebhookError)) throw error;
    res.sendStatus(400);
  }
});
// #endregion
