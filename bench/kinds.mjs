// The callback kinds the benchmarks measure: where the parser is, its fixtures, the floor a user
// would write by hand with no validation, and how to make a body that decodes but fails validation.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** @returns the bodies of a fixture folder, as strings */
function bodies(directory, extension, skip = () => false) {
  return readdirSync(fixtures + directory)
    .filter((name) => name.endsWith(extension) && !skip(name))
    .sort()
    .map((name) => readFileSync(`${fixtures}${directory}/${name}`, 'utf8'));
}

/** The hand-rolled floor for a form body: split it, then JSON.parse the JSON-valued fields. */
function formFloor(jsonFields) {
  return (text) => {
    const fields = Object.fromEntries(new URLSearchParams(text));
    for (const name of jsonFields) if (fields[name] !== undefined) fields[name] = JSON.parse(fields[name]);
    return fields;
  };
}

export const kinds = [
  {
    name: 'jumio-netverify',
    format: 'form',
    entry: 'jumio/index.js',
    safeParse: 'safeParseJumioNetverify',
    bodies: bodies('jumio/netverify', '.form'),
    floor: formFloor(['rejectReason', 'idAddress', 'identityVerification', 'dlCategories', 'additionalChecks']),
    invalidate: (text) => text.replace(/idScanStatus=[A-Z]+/, 'idScanStatus=BROKEN'),
    hostileJsonField: 'idAddress',
  },
  {
    name: 'jumio-doc-verification',
    format: 'form',
    entry: 'jumio/index.js',
    safeParse: 'safeParseJumioDocVerification',
    bodies: bodies('jumio/doc-verification', '.form'),
    floor: formFloor(['transaction', 'document']),
    invalidate: (text) => text.replace(/timestamp=[^&]+/, 'timestamp=BROKEN'),
    hostileJsonField: 'document',
  },
  {
    name: 'idenfy',
    format: 'json',
    entry: 'idenfy/index.js',
    safeParse: 'safeParseIdenfy',
    bodies: bodies('idenfy', '.json'),
    floor: (text) => JSON.parse(text),
    invalidate: (text) => text.replace(/"scanRef"\s*:\s*"[^"]*"/, '"scanRef":7'),
  },
  {
    name: 'shufti',
    format: 'json',
    entry: 'shufti/index.js',
    safeParse: 'safeParseShufti',
    bodies: bodies('shufti', '.json', (name) => name.endsWith('-invalid.json')),
    floor: (text) => JSON.parse(text),
    invalidate: (text) => text.replace(/"reference"\s*:\s*"[^"]*"/, '"reference":7'),
  },
];
