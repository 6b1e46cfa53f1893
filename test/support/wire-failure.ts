import { WireFailure } from '../../src/core/wire-failure.js';

/**
 * @param run - a call that should throw a WireFailure
 * @returns the failure it threw
 * @throws anything else it threw, or an Error when it threw nothing
 */
export function failureOf(run: () => unknown): WireFailure {
  try {
    run();
  } catch (failure) {
    if (failure instanceof WireFailure) return failure;
    throw failure;
  }
  throw new Error('expected a WireFailure');
}
