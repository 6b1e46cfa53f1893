// The README's Express example, type-checked with the rest of the project. Express is not a
// dependency, so the types it needs are declared here, outside the README region.
interface Request {
  body: unknown;
}
interface Response {
  sendStatus(status: number): void;
}
const express = { urlencoded: (_options: { extended: boolean }) => undefined };
const app = { post: (_path: string, ..._handlers: unknown[]) => undefined };
const queue = { push: async (_job: object) => undefined };

// #region readme
import { KycWebhookError, parseJumioNetverify } from 'kyc-webhooks';

app.post('/webhooks/jumio', express.urlencoded({ extended: false }), async (req: Request, res: Response) => {
  try {
    // Takes the record express.urlencoded() produces (or the raw body, or URLSearchParams).
    const callback = parseJumioNetverify(req.body as Record<string, string>);
    await queue.push(callback); // plain JSON data: safe to serialize into a queue or a database
    res.sendStatus(200);
  } catch (error) {
    if (error instanceof KycWebhookError) return res.sendStatus(400);
    throw error;
  }
});
// #endregion
