import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A raw fixture body and what its file name says. */
export interface Fixture {
  /** The file name, e.g. `DENIED_FRAUD.details-single-object.form`. */
  readonly name: string;
  /**
   * The discriminant the name starts with, e.g. `DENIED_FRAUD`: the part before the first dot, or
   * for discriminants with dots in them (`verification.accepted`), the longest known one.
   */
  readonly discriminant: string;
  /** The body, byte for byte. */
  readonly bytes: Uint8Array;
}

/**
 * @param directory - a folder under `fixtures/`, e.g. `jumio/netverify`
 * @param extension - the body files' extension, e.g. `.form`
 * @param discriminants - the known discriminants, when they contain dots
 * @returns every body in it, sorted by name
 */
export function loadFixtures(directory: string, extension: string, discriminants?: readonly string[]): Fixture[] {
  const discriminantOf = (name: string) =>
    discriminants
      ?.filter((known) => name.startsWith(`${known}.`))
      .reduce((longest, known) => (known.length > longest.length ? known : longest), '') || name.slice(0, name.indexOf('.'));
  return readdirSync(root + directory)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({
      name,
      discriminant: discriminantOf(name),
      bytes: new Uint8Array(readFileSync(`${root}${directory}/${name}`)),
    }));
}

/**
 * @param directory - a folder under `fixtures/`
 * @returns the text of its SOURCES.md
 */
export function loadSources(directory: string): string {
  return readFileSync(`${root}${directory}/SOURCES.md`, 'utf8');
}

/**
 * @param directory - a folder under `fixtures/`
 * @param name - a fixture's file name
 * @returns the fixture's body as text
 */
export function fixtureText(directory: string, name: string): string {
  return readFileSync(`${root}${directory}/${name}`, 'utf8');
}

/**
 * @param directory - a folder under `fixtures/`
 * @returns the name of every file in it that is not Markdown (bodies, valid or not), sorted
 */
export function fixtureFiles(directory: string): string[] {
  return readdirSync(root + directory)
    .filter((name) => !name.endsWith('.md'))
    .sort();
}
