import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1).
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so that a miss costs as long as a wrong password.
let dummy: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('simplifaq-timing-equaliser');
  await verifyPassword(await dummy, password);
  return false;
}
