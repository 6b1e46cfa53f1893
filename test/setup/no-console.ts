import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

// The library never writes to the console: any test that makes it write fails.
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let spies: MockInstance[] = [];

beforeEach(() => {
  spies = methods.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});

afterEach(() => {
  const written = methods.filter((_, index) => (spies[index]?.mock.calls.length ?? 0) > 0);
  for (const spy of spies) spy.mockRestore();
  if (written.length > 0) throw new Error(`The test wrote to the console (${written.join(', ')})`);
});
