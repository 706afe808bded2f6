/**
 * Encryption of drafts at rest: AES-GCM 256 with a non-extractable key, a fresh 96-bit IV per write, and
 * the profile id and save time as additional authenticated data. Binding the profile id means a record
 * copied under another profile id (even together with its key) fails to decrypt instead of leaking one
 * person's draft into another's session; binding `savedAt` means the clear-text expiry stamp, which lets
 * storage drop an expired draft without decrypting it, cannot be pushed forward.
 */
import {decodeDraft, encodeDraft} from './draft-codec.js';
import type {Draft} from './draft.js';

/** What is stored in IndexedDB for one draft. Only `savedAt` is readable, and it is authenticated. */
export interface SealedDraft {
  /** Envelope version. */
  v: 1;
  /** The 96-bit AES-GCM IV, random per write. */
  iv: Uint8Array<ArrayBuffer>;
  /** Save time (ms since the epoch), kept readable for expiry and bound to the ciphertext. */
  savedAt: number;
  /** AES-GCM ciphertext and tag of the encoded draft. */
  data: ArrayBuffer;
}

/**
 * Generates a draft key. Non-extractable: script can use it but never read it, so copying the
 * IndexedDB files out of the profile does not yield a key that decrypts elsewhere.
 */
export function generateDraftKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({name: 'AES-GCM', length: 256}, false, ['encrypt', 'decrypt']);
}

/** Encrypts a whole draft (captures included) for one profile id. */
export async function encryptDraft(key: CryptoKey, profileId: string, draft: Draft): Promise<SealedDraft> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = await encodeDraft(draft);
  const data = await crypto.subtle.encrypt(
    {name: 'AES-GCM', iv, additionalData: additionalData(profileId, draft.savedAt)},
    key,
    plaintext,
  );
  return {v: 1, iv, savedAt: draft.savedAt, data};
}

/**
 * Decrypts a draft sealed for `profileId`.
 * @throws when the key, the profile id or the save time does not match, or the data is corrupt.
 */
export async function decryptDraft(key: CryptoKey, profileId: string, sealed: SealedDraft): Promise<Draft> {
  const plaintext = await crypto.subtle.decrypt(
    {name: 'AES-GCM', iv: sealed.iv, additionalData: additionalData(profileId, sealed.savedAt)},
    key,
    sealed.data,
  );
  return {...decodeDraft(new Uint8Array(plaintext)), savedAt: sealed.savedAt};
}

/** Whether a value read from IndexedDB has the shape of a `SealedDraft` (it may still fail to decrypt). */
export function isSealedDraft(value: unknown): value is SealedDraft {
  const v = value as Partial<SealedDraft> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.v === 1 &&
    v.iv instanceof Uint8Array &&
    v.iv.byteLength === 12 &&
    typeof v.savedAt === 'number' &&
    v.data instanceof ArrayBuffer
  );
}

/** JSON keeps the encoding unambiguous for profile ids containing any character (separators included). */
function additionalData(profileId: string, savedAt: number): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(['idv-draft', 1, profileId, savedAt]));
}
