import { hkdfSync } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// The session cookie's encryption, as next-auth 4 does it (a JWE, "dir" with A256GCM, under a key
// derived from NEXTAUTH_SECRET by HKDF-SHA256), with two savings measured on a save (issue 15): the
// key is derived once per secret, not on every call, and a cookie already decrypted in this process is
// not decrypted again. A save's request used to decrypt its cookie four times (the server's front, the
// proxy twice, the session check) and derive the key five times. Both functions are next-auth's own
// format: a test reads each one's tokens with the other.

const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;
const CLOCK_TOLERANCE_SECONDS = 15;
const DECODED_LIMIT = 1_000;

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string, salt: string): Uint8Array {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

/** next-auth's encode, with the derived key cached. */
export async function encodeSession({ token, secret, maxAge = DEFAULT_MAX_AGE, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT({ ...token })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(now + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(encryptionKey(String(secret), salt));
}

// Cookies decrypted in this process, by secret, salt and cookie: a hit is the same payload a second
// decryption would give, and its expiry is checked again on every use. Failures are never kept.
const decoded = new Map<string, JWT>();

/** next-auth's decode: the token's payload, or a throw for a token that is not valid now. */
export async function decodeSession({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const id = `${salt}\u0000${String(secret)}\u0000${token}`;
  const now = Math.floor(Date.now() / 1000);
  const hit = decoded.get(id);
  if (hit) {
    if (typeof hit.exp === "number" && hit.exp <= now - CLOCK_TOLERANCE_SECONDS) {
      decoded.delete(id);
      throw new Error('"exp" claim timestamp check failed');
    }
    return { ...hit };
  }
  const { payload } = await jwtDecrypt(token, encryptionKey(String(secret), salt), { clockTolerance: CLOCK_TOLERANCE_SECONDS });
  // Oldest first out: a Map iterates in insertion order.
  if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
  decoded.set(id, payload as JWT);
  return { ...(payload as JWT) };
}
