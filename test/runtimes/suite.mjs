// The runtime-neutral portability suite: plain ESM, no test framework, no file or network access.
// It is handed the built package's entries (as a user imports or bundles them) and the manifest that
// test/runtimes/manifest.mjs wrote from fixtures/ and from Node's own results, and returns a JSON report.

/**
 * Fixture folder -> kind -> the exported functions that parse and serialize it: the one table a new
 * kind adds a row to. Every entry of the package that exports these names is run.
 */
export const kindsByFolder = {
  'jumio/netverify': { kind: 'jumio-netverify', parse: 'parseJumioNetverify', safeParse: 'safeParseJumioNetverify', serialize: 'serializeJumioNetverify' },
  'jumio/doc-verification': {
    kind: 'jumio-doc-verification',
    parse: 'parseJumioDocVerification',
    safeParse: 'safeParseJumioDocVerification',
    serialize: 'serializeJumioDocVerification',
  },
  'jumio/platform': { kind: 'jumio-platform', parse: 'parseJumioPlatform', safeParse: 'safeParseJumioPlatform', serialize: 'serializeJumioPlatform' },
  'jumio/retrieval': { kind: 'jumio-retrieval', parse: 'parseJumioRetrieval', safeParse: 'safeParseJumioRetrieval', serialize: 'serializeJumioRetrieval' },
  'jumio/retrieval-status': {
    kind: 'jumio-retrieval-status',
    parse: 'parseJumioRetrievalStatus',
    safeParse: 'safeParseJumioRetrievalStatus',
    serialize: 'serializeJumioRetrievalStatus',
  },
  idenfy: { kind: 'idenfy', parse: 'parseIdenfy', safeParse: 'safeParseIdenfy', serialize: 'serializeIdenfy' },
  shufti: { kind: 'shufti', parse: 'parseShufti', safeParse: 'safeParseShufti', serialize: 'serializeShufti' },
  onfido: { kind: 'onfido', parse: 'parseOnfido', safeParse: 'safeParseOnfido', serialize: 'serializeOnfido' },
};

/** The fixture timed for cold start and throughput. */
export const benchmarkFixture = { folder: 'idenfy', name: 'APPROVED.json' };

// Published vectors (test/signature-vectors.test.ts, fixtures/idenfy/SOURCES.md).
const idenfyVector = {
  folder: 'idenfy',
  name: 'APPROVED.signed-testing-key.json',
  bytes: 3484,
  key: 'TestingKey',
  signature: '249d9a838e9b981935324b02367ca72552aa430fc766f45f77fab7a81f9f3b9d',
};
// Onfido's SDK vector (test/signature-vectors.test.ts, fixtures/onfido/SOURCES.md): pretty-printed, signed with its trailing newline.
const onfidoVector = {
  folder: 'onfido',
  name: 'workflow_task.completed.object-output.json',
  bytes: 7735,
  token: 'YKOC6mkBxi6yK2zlUIrLMvsJMFEZObP5',
  signature: 'e3e5565647f5ccf07b2fd8ac22eab94a0a0619413d981fb768295c820523f7d7',
};
const shuftiVector = {
  body: '{"reference":"kyc-1"}',
  secret: 'secret',
  'hashed-secret': '3dc181af0a4d56de64e95d5123ac50ef254b22a7f1980fe6bb7e59c2847c6032',
  'plain-secret': 'ecb9a075112535c4830fe92ade7eba13babc12eb3ded73bad49451232d62e13b',
};

/** @returns whether two JSON-like values (objects, arrays, primitives, Dates) are deeply equal */
export function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
}

/**
 * What a rejection looks like, to compare across runtimes: the code, the message and each issue's
 * code, path and message (all value-free by the library's contract).
 */
export function describeError(error) {
  if (error === null || typeof error !== 'object') return { thrown: String(error) };
  return {
    name: error.name,
    code: error.code,
    kind: error.kind,
    message: error.message,
    issues: Array.isArray(error.issues) ? error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message })) : undefined,
  };
}

/** @returns the option object a manifest case names (undefined for none) */
const optionsOf = (testCase) => testCase.options ?? undefined;

/** @returns the body a manifest case holds: text, or bytes when `encoding` says so */
const bodyOf = (testCase, form) => {
  if (testCase.as === 'bytes') return new TextEncoder().encode(testCase.body);
  if (testCase.as === 'object' && !form) return JSON.parse(testCase.body);
  return testCase.body;
};

/**
 * Runs the suite.
 *
 * @param {object} input
 * @param {string} input.runtime - the runtime's name
 * @param {string} input.version - its version
 * @param {Record<string, Record<string, unknown>>} input.entries - each entry of the package by its import name
 * @param {object} input.manifest - what manifest.mjs wrote
 * @param {() => number} [input.now] - a clock in milliseconds
 * @param {() => Promise<void>} [input.settle] - lets a clock that only moves on I/O move (workerd)
 * @param {number} [input.benchmarkMs] - how long to time parses
 * @returns {Promise<object>} the report
 */
export async function runSuite({ runtime, version, entries, manifest, now = () => performance.now(), settle = async () => {}, benchmarkMs = 1000 }) {
  const failed = [];
  let passed = 0;
  const check = (name, ok, detail) => {
    if (ok) passed += 1;
    else failed.push(detail === undefined ? { name } : { name, detail });
  };
  const attempt = async (name, body) => {
    try {
      await body();
    } catch (error) {
      failed.push({ name, detail: `threw ${describeError(error).name ?? ''}: ${error?.message ?? String(error)}`.slice(0, 500) });
    }
  };

  const mainEntry = entries[manifest.mainEntry];
  const fixtureText = (folder, name) => manifest.folders.find((entry) => entry.folder === folder)?.cases.find((testCase) => testCase.fixture === name && testCase.options === undefined)?.body;

  // Cold start first, before anything else has run a schema: one parse of the benchmark fixture.
  let coldStartMs;
  let parsesPerSecond;
  await attempt('cold start and throughput', async () => {
    const row = kindsByFolder[benchmarkFixture.folder];
    const body = fixtureText(benchmarkFixture.folder, benchmarkFixture.name);
    if (body === undefined) throw new Error(`the benchmark fixture ${benchmarkFixture.folder}/${benchmarkFixture.name} is not in the manifest`);
    const parse = mainEntry[row.parse];
    await settle();
    const start = now();
    parse(body);
    await settle();
    coldStartMs = Math.round((now() - start) * 100) / 100;
    for (let index = 0; index < 200; index += 1) parse(body);
    let count = 0;
    let batch = 50;
    await settle();
    const begin = now();
    let elapsed = 0;
    while (elapsed < benchmarkMs) {
      for (let index = 0; index < batch; index += 1) parse(body);
      count += batch;
      await settle();
      elapsed = now() - begin;
      if (elapsed < benchmarkMs / 10) batch *= 2;
    }
    parsesPerSecond = Math.round((count * 1000) / elapsed);
  });

  // Every folder of fixtures/ must have a row in the table: a new kind is never skipped silently.
  for (const { folder } of manifest.folders) check(`fixtures/${folder} has a row in kindsByFolder`, kindsByFolder[folder] !== undefined);

  for (const { folder, format, cases } of manifest.folders) {
    const row = kindsByFolder[folder];
    if (row === undefined) continue;
    const providing = Object.entries(entries).filter(([, namespace]) => typeof namespace[row.parse] === 'function');
    check(`${row.kind}: exported by ${manifest.expectedEntries[folder].join(', ')}`, deepEqual(providing.map(([name]) => name).sort(), [...manifest.expectedEntries[folder]].sort()), providing.map(([name]) => name).join(', '));
    for (const [entryName, namespace] of providing) {
      const parse = namespace[row.parse];
      const safeParse = namespace[row.safeParse];
      const serialize = namespace[row.serialize];
      const ErrorClass = namespace.KycWebhookError;
      for (const testCase of cases) {
        const label = `${entryName} ${row.kind} ${testCase.label}`;
        await attempt(label, async () => {
          const body = bodyOf(testCase, format === 'form');
          const options = optionsOf(testCase);
          const result = safeParse(body, options);
          if (testCase.expected.ok) {
            if (!result.success) return check(label, false, `rejected: ${JSON.stringify(describeError(result.error))}`.slice(0, 500));
            const callback = parse(body, options);
            const serialized = serialize(callback, options);
            check(`${label}: parse equals safeParse`, deepEqual(callback, result.data));
            check(`${label}: serializes as on Node`, serialized === testCase.expected.serialized);
            check(`${label}: round trip`, deepEqual(parse(serialized, options), callback));
            check(`${label}: JSON of the callback`, deepEqual(JSON.parse(JSON.stringify(callback)), JSON.parse(testCase.expected.json)));
            return;
          }
          if (result.success) return check(label, false, 'accepted, but Node rejects it');
          const got = describeError(result.error);
          check(`${label}: the error is a KycWebhookError`, typeof ErrorClass === 'function' && result.error instanceof ErrorClass);
          check(`${label}: code, message and issues as on Node`, deepEqual(got, testCase.expected.error), JSON.stringify(got).slice(0, 500));
          let thrown;
          try {
            parse(body, options);
          } catch (error) {
            thrown = error;
          }
          check(`${label}: parse throws the same error`, thrown !== undefined && deepEqual(describeError(thrown), testCase.expected.error));
          const rendered = `${String(thrown)} ${JSON.stringify(thrown)}`;
          const leaked = (testCase.canaries ?? []).filter((canary) => rendered.includes(canary));
          check(`${label}: no canary in the error's text or JSON`, leaked.length === 0, leaked.length);
        });
      }
    }
  }

  // Signatures through Web Crypto.
  const verifyIdenfy = Object.entries(entries).filter(([, namespace]) => typeof namespace.verifyIdenfySignature === 'function');
  const verifyShufti = Object.entries(entries).filter(([, namespace]) => typeof namespace.verifyShuftiSignature === 'function');
  check('verifyIdenfySignature is exported', verifyIdenfy.length > 0);
  check('verifyShuftiSignature is exported', verifyShufti.length > 0);
  const vectorText = fixtureText(idenfyVector.folder, idenfyVector.name);
  for (const [entryName, namespace] of verifyIdenfy) {
    await attempt(`${entryName} iDenfy vector`, async () => {
      const bytes = new TextEncoder().encode(vectorText);
      check(`${entryName} iDenfy vector: ${idenfyVector.bytes} bytes`, bytes.byteLength === idenfyVector.bytes, bytes.byteLength);
      for (const body of [bytes, bytes.slice().buffer, vectorText]) {
        const result = await namespace.verifyIdenfySignature(body, idenfyVector.signature, idenfyVector.key);
        check(`${entryName} iDenfy vector verifies (${body.constructor.name})`, deepEqual(result, { valid: true, keyIndex: 0 }), JSON.stringify(result));
      }
      const headers = await namespace.verifyIdenfySignature(bytes, new Headers({ 'Idenfy-Signature': idenfyVector.signature }), idenfyVector.key);
      check(`${entryName} iDenfy vector verifies from Headers`, deepEqual(headers, { valid: true, keyIndex: 0 }), JSON.stringify(headers));
      const changed = await namespace.verifyIdenfySignature(`${vectorText}\n`, idenfyVector.signature, idenfyVector.key);
      check(`${entryName} iDenfy vector with a newline appended is a mismatch`, deepEqual(changed, { valid: false, reason: 'mismatch' }), JSON.stringify(changed));
      if (typeof namespace.verifyAndParseIdenfy === 'function') {
        const callback = await namespace.verifyAndParseIdenfy(bytes, { 'idenfy-signature': idenfyVector.signature }, { key: idenfyVector.key });
        check(`${entryName} verifyAndParseIdenfy parses the vector`, deepEqual(callback, namespace.parseIdenfy(bytes)));
      }
    });
  }
  for (const [entryName, namespace] of verifyShufti) {
    await attempt(`${entryName} Shufti vectors`, async () => {
      for (const scheme of ['hashed-secret', 'plain-secret']) {
        const result = await namespace.verifyShuftiSignature(shuftiVector.body, new Headers({ sp_signature: shuftiVector[scheme] }), shuftiVector.secret);
        check(`${entryName} Shufti ${scheme} vector verifies`, deepEqual(result, { valid: true, keyIndex: 0, header: 'sp_signature', scheme }), JSON.stringify(result));
      }
      const wrong = await namespace.verifyShuftiSignature(shuftiVector.body, shuftiVector['hashed-secret'], 'another secret');
      check(`${entryName} Shufti vector under another secret is a mismatch`, deepEqual(wrong, { valid: false, reason: 'mismatch' }), JSON.stringify(wrong));
    });
  }
  const verifyOnfido = Object.entries(entries).filter(([, namespace]) => typeof namespace.verifyOnfidoSignature === 'function');
  check('verifyOnfidoSignature is exported', verifyOnfido.length > 0);
  const onfidoText = fixtureText(onfidoVector.folder, onfidoVector.name);
  for (const [entryName, namespace] of verifyOnfido) {
    await attempt(`${entryName} Onfido vector`, async () => {
      const bytes = new TextEncoder().encode(onfidoText);
      check(`${entryName} Onfido vector: ${onfidoVector.bytes} bytes`, bytes.byteLength === onfidoVector.bytes, bytes.byteLength);
      const tokens = ['another webhook token', onfidoVector.token];
      for (const body of [bytes, bytes.slice().buffer, onfidoText]) {
        const result = await namespace.verifyOnfidoSignature(body, new Headers({ 'X-SHA2-Signature': onfidoVector.signature }), tokens);
        check(`${entryName} Onfido vector verifies (${body.constructor.name})`, deepEqual(result, { valid: true, keyIndex: 1, header: 'X-SHA2-Signature', algorithm: 'SHA-256' }), JSON.stringify(result));
      }
      const trimmed = await namespace.verifyOnfidoSignature(onfidoText.trimEnd(), onfidoVector.signature, onfidoVector.token);
      check(`${entryName} Onfido vector without its trailing newline is a mismatch`, deepEqual(trimmed, { valid: false, reason: 'mismatch' }), JSON.stringify(trimmed));
      if (typeof namespace.verifyAndParseOnfido === 'function') {
        const event = await namespace.verifyAndParseOnfido(bytes, { 'x-sha2-signature': onfidoVector.signature }, { key: onfidoVector.token });
        check(`${entryName} verifyAndParseOnfido parses the vector`, deepEqual(event, namespace.parseOnfido(bytes)));
      }
      const onfidoSigners = Object.entries(entries).filter(([, signer]) => typeof signer.signOnfidoBody === 'function');
      for (const [signerName, signer] of onfidoSigners) {
        const legacy = await signer.signOnfidoBody(bytes, onfidoVector.token, { algorithm: 'SHA-1' });
        const result = await namespace.verifyOnfidoSignature(bytes, { 'X-Signature': legacy }, onfidoVector.token, { acceptLegacySha1: true });
        check(`${signerName} signOnfidoBody SHA-1 -> ${entryName} legacy X-Signature`, deepEqual(result, { valid: true, keyIndex: 0, header: 'X-Signature', algorithm: 'SHA-1' }), JSON.stringify(result));
        check(`${signerName} signOnfidoBody reproduces the Onfido vector`, (await signer.signOnfidoBody(bytes, onfidoVector.token)) === onfidoVector.signature);
      }
    });
  }
  const signers = Object.entries(entries).filter(([, namespace]) => typeof namespace.signShuftiBody === 'function');
  check('signShuftiBody is exported', signers.length > 0);
  for (const [entryName, namespace] of signers) {
    await attempt(`${entryName} signShuftiBody`, async () => {
      for (const scheme of ['hashed-secret', 'plain-secret']) {
        const signature = await namespace.signShuftiBody(shuftiVector.body, shuftiVector.secret, { scheme });
        check(`${entryName} signShuftiBody reproduces the ${scheme} vector`, signature === shuftiVector[scheme], signature);
      }
      const shuftiFolder = manifest.folders.find((entry) => entry.folder === 'shufti');
      for (const testCase of shuftiFolder?.cases.filter((entry) => entry.expected.ok && entry.options === undefined) ?? []) {
        const signature = await namespace.signShuftiBody(testCase.body, 'a secret key');
        for (const [verifierName, verifier] of verifyShufti) {
          const result = await verifier.verifyShuftiSignature(testCase.body, { Signature: signature }, 'a secret key');
          check(`${entryName} signShuftiBody -> ${verifierName} verifyShuftiSignature: ${testCase.fixture}`, result.valid === true, JSON.stringify(result));
        }
      }
    });
  }

  let codeFromStrings;
  try {
    codeFromStrings = typeof new Function('return 1') === 'function';
  } catch {
    codeFromStrings = false;
  }
  return { runtime, version, passed, failed, coldStartMs, parsesPerSecond, codeFromStrings };
}
