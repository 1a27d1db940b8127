// Test helper shared by this package's tests (not part of the package API).
import type { SwissErrorCode } from '../src/errors';
import { SwissRuleError } from '../src/errors';

/** Runs `fn` and returns the SwissRuleError it throws (fails the test if it throws nothing). */
export function catchRule(fn: () => unknown): SwissRuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SwissRuleError) return e;
    throw e;
  }
  throw new Error('expected a SwissRuleError, nothing was thrown');
}

/** The code of the SwissRuleError thrown by `fn`. */
export function codeOf(fn: () => unknown): SwissErrorCode {
  return catchRule(fn).code;
}
