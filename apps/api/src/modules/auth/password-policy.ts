import { readFileSync } from 'node:fs';
import { AppError } from '../../lib/app-error';

// NIST SP 800-63B §5.1.1.2: length, no composition rules, refuse commonly used values.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8').split('\n').filter(Boolean));
  return common;
}

/** Throws a 400 naming the rule when `password` may not be used. */
export function assertPasswordAcceptable(password: string, field = 'password', email?: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw new AppError('PASSWORD_LENGTH', `The password must have ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`, 400, field);
  }
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || (email && lower === email.toLowerCase())) {
    throw new AppError('PASSWORD_TOO_COMMON', 'This password is too common and easy to guess; choose another one.', 400, field);
  }
}
