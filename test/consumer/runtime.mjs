// Run by the consumer suite with Node against the installed tarball: ESM import, then a parse.
import { readFileSync } from 'node:fs';
import { parseJumioNetverify } from 'kyc-webhooks';
import { parseIdenfy } from 'kyc-webhooks/idenfy';
import { safeParseShufti } from 'kyc-webhooks/shufti';
import { safeParseOnfido } from 'kyc-webhooks/onfido';

const [netverifyFixture, idenfyFixture] = process.argv.slice(2);
const netverify = parseJumioNetverify(readFileSync(netverifyFixture, 'utf8'));
const idenfy = parseIdenfy(readFileSync(idenfyFixture));
const shufti = safeParseShufti('not json');
const onfido = safeParseOnfido('{"payload":{"resource_type":"check","action":"check.completed","object":{"id":"c-1","status":"complete"}}}');
console.log(JSON.stringify([netverify.verificationStatus, idenfy.status.overall, !shufti.success && shufti.error.code, onfido.success && onfido.data.payload.action]));
