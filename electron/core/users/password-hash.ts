import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * scrypt's cost (RFC 7914 §2): N (CPU/memory), r (block size), p
 * (parallelism). Stored with every hash, so raising the cost later leaves
 * old hashes verifiable.
 */
export interface ScryptCost {
  n: number
  r: number
  p: number
}

/**
 * The production cost: N = 2^15, r = 8, p = 1 (32 MiB, tens of
 * milliseconds per sign-in on a court workstation), above the N = 2^14 that
 * RFC 7914 §2 and the scrypt paper give for interactive logins. Tests inject
 * a tiny N through `CoreOptions.passwordCost` so they stay fast.
 */
export const defaultScryptCost: ScryptCost = { n: 2 ** 15, r: 8, p: 1 }

export interface StoredPassword {
  hash: string
  salt: string
  cost: ScryptCost
}

/** 32 bytes that verify the password, and 32 more that are never stored: the key that encrypts the user's signing key. */
const derivedBytes = 64

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow twice that so Node's 32 MiB default does not refuse the production cost.
  const options: ScryptOptions = { N: cost.n, r: cost.r, p: cost.p, maxmem: 256 * cost.n * cost.r + 1024 * 1024 }
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, derivedBytes, options, (error, key) => (error ? reject(error) : resolve(key))))
}

/** Hashes a new password with a fresh 16-byte salt. */
export async function hashPassword(password: string, cost: ScryptCost): Promise<{ stored: StoredPassword; keyEncryptionKey: Buffer }> {
  const salt = randomBytes(16)
  const derived = await derive(password, salt, cost)
  return {
    stored: { hash: derived.subarray(0, 32).toString('base64'), salt: salt.toString('base64'), cost },
    keyEncryptionKey: derived.subarray(32)
  }
}

/**
 * Checks a password against its stored hash in constant time.
 *
 * @returns the key-encryption key when the password is right, or null.
 */
export async function checkPassword(password: string, stored: StoredPassword): Promise<Buffer | null> {
  const derived = await derive(password, Buffer.from(stored.salt, 'base64'), stored.cost)
  const expected = Buffer.from(stored.hash, 'base64')
  const given = derived.subarray(0, 32)
  return expected.length === given.length && timingSafeEqual(expected, given) ? derived.subarray(32) : null
}

/**
 * Spends the time of one check when no account has the name, so a failed
 * sign-in takes as long for an unknown user as for a wrong password.
 */
export async function checkNoPassword(password: string, cost: ScryptCost): Promise<void> {
  await derive(password, Buffer.alloc(16), cost)
}
