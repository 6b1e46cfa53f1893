// Run by the consumer suite with Node against the installed tarball: CommonJS require, then a parse.
const { readFileSync } = require('node:fs');
const { parseJumioNetverify } = require('kyc-webhooks');
const { parseIdenfy } = require('kyc-webhooks/idenfy');
const { safeParseShufti } = require('kyc-webhooks/shufti');
const { safeParseOnfido } = require('kyc-webhooks/onfido');

const [netverifyFixture, idenfyFixture] = process.argv.slice(2);
const netverify = parseJumioNetverify(readFileSync(netverifyFixture, 'utf8'));
const idenfy = parseIdenfy(readFileSync(idenfyFixture));
const shufti = safeParseShufti('not json');
const onfido = safeParseOnfido('{"payload":{"resource_type":"check","action":"check.completed","object":{"id":"c-1","status":"complete"}}}');
console.log(JSON.stringify([netverify.verificationStatus, idenfy.status.overall, !shufti.success && shufti.error.code, onfido.success && onfido.data.payload.action]));
