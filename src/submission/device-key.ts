/**
 * The per-profile device signing key: ECDSA P-256, private key non-extractable, kept in IndexedDB.
 *
 * Why IndexedDB: a `CryptoKey` survives structured cloning into IndexedDB while staying
 * non-extractable, so the same device key signs every submission for a profile and its `kid` can be
 * remembered by the backend, yet no script (ours included) can ever read the private bytes.
 *
 * Where IndexedDB is missing or throws (private browsing, blocked storage, SSR-less old engines) the
 * key is generated in memory instead and reported as `ephemeral`, which goes into the claims so the
 * backend knows the key will not come back after a reload.
 */
import {createStore, del, clear, get, update, type UseStore} from 'idb-keyval';
import {jwkThumbprint} from './jwk-thumbprint.js';
import type {PublicJwk} from './format.js';

/** A loaded device key. */
export interface DeviceKey {
  /** Non-extractable ECDSA P-256 private key, usable for `sign` only. */
  privateKey: CryptoKey;
  /** The matching public key. */
  publicKey: CryptoKey;
  /** The public key as a JWK with exactly `kty`, `crv`, `x`, `y`. */
  publicJwk: PublicJwk;
  /** RFC 7638 thumbprint of `publicJwk`. */
  kid: string;
  /** `true` when the key lives in memory only (IndexedDB unavailable) and is lost on reload. */
  ephemeral: boolean;
}

/** What is stored per profile id. `CryptoKey`s clone into IndexedDB as opaque handles. */
interface StoredKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: PublicJwk;
  kid: string;
  createdAt: number;
}

const DB_NAME = 'idv-keys';
const STORE_NAME = 'keys';

/**
 * Created on first use, never at import: importing this module on a server (SSR) or in a page
 * without IndexedDB must not touch `indexedDB`.
 */
let store: UseStore | undefined;
/** Keys made when IndexedDB failed, so one page keeps one key (and one `kid`) per profile. */
const ephemeralKeys = new Map<string, DeviceKey>();
/** Lookups in flight, so concurrent callers for one profile share one generation. */
const pending = new Map<string, Promise<DeviceKey>>();

function keyStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}

async function generate(): Promise<Omit<StoredKey, 'createdAt'>> {
  // extractable=false applies to the private key; WebCrypto public keys are always exportable.
  const pair = await globalThis.crypto.subtle.generateKey({name: 'ECDSA', namedCurve: 'P-256'}, false, [
    'sign',
    'verify',
  ]);
  const full = await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey);
  // The exported JWK carries `ext` and `key_ops`: the header must hold the four public members only.
  const publicJwk: PublicJwk = {kty: 'EC', crv: 'P-256', x: full.x as string, y: full.y as string};
  return {privateKey: pair.privateKey, publicKey: pair.publicKey, publicJwk, kid: await jwkThumbprint(publicJwk)};
}

function isStoredKey(value: unknown): value is StoredKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredKey>;
  return (
    typeof CryptoKey !== 'undefined' &&
    v.privateKey instanceof CryptoKey &&
    v.publicKey instanceof CryptoKey &&
    v.privateKey.type === 'private' &&
    v.privateKey.algorithm.name === 'ECDSA' &&
    typeof v.kid === 'string' &&
    typeof v.publicJwk?.x === 'string' &&
    typeof v.publicJwk?.y === 'string'
  );
}

function fromStored(stored: StoredKey): DeviceKey {
  return {
    privateKey: stored.privateKey,
    publicKey: stored.publicKey,
    publicJwk: {kty: 'EC', crv: 'P-256', x: stored.publicJwk.x, y: stored.publicJwk.y},
    kid: stored.kid,
    ephemeral: false,
  };
}

async function loadOrCreatePersistent(profileId: string): Promise<DeviceKey> {
  const idb = keyStore();
  const existing = await get<unknown>(profileId, idb);
  if (isStoredKey(existing)) return fromStored(existing);
  // Generate outside any transaction (IndexedDB transactions close across non-IDB awaits), then
  // write it only if no other tab stored one meanwhile: `update` is one readwrite transaction, so
  // the first writer wins and every tab adopts that key.
  const candidate: StoredKey = {...(await generate()), createdAt: Date.now()};
  await update<unknown>(profileId, (current) => (isStoredKey(current) ? current : candidate), idb);
  const winner = await get<unknown>(profileId, idb);
  if (!isStoredKey(winner)) throw new Error('The device key did not read back from IndexedDB');
  return fromStored(winner);
}

async function lookup(profileId: string): Promise<DeviceKey> {
  // Once a profile fell back to memory in this page, keep that key: switching keys mid-session
  // would give one person two kids for no reason the backend could see.
  const ephemeral = ephemeralKeys.get(profileId);
  if (ephemeral) return ephemeral;
  try {
    return await loadOrCreatePersistent(profileId);
  } catch {
    const made: DeviceKey = {...(await generate()), ephemeral: true};
    ephemeralKeys.set(profileId, made);
    return made;
  }
}

/**
 * Returns the device key for a profile, creating it on first use.
 *
 * Every call reads IndexedDB (no long-lived cache), so what a reload would see is what a call sees.
 * Concurrent calls for one profile share one lookup and never create two keys; across tabs the
 * first stored key wins.
 *
 * @param profileId the host's `profile-id` (non-empty).
 * @throws TypeError for an empty profile id; WebCrypto errors when no key can be generated at all.
 */
export function getDeviceKey(profileId: string): Promise<DeviceKey> {
  if (typeof profileId !== 'string' || profileId === '') {
    return Promise.reject(new TypeError('getDeviceKey: profileId must be a non-empty string'));
  }
  let inFlight = pending.get(profileId);
  if (!inFlight) {
    inFlight = lookup(profileId).finally(() => pending.delete(profileId));
    pending.set(profileId, inFlight);
  }
  return inFlight;
}

/**
 * Forgets one profile's device key (IndexedDB and memory). The next `getDeviceKey` makes a new one,
 * with a new `kid`.
 */
export async function deleteDeviceKey(profileId: string): Promise<void> {
  // A lookup still in flight would store its key after this delete: let it finish first.
  await pending.get(profileId)?.catch(() => undefined);
  ephemeralKeys.delete(profileId);
  try {
    await del(profileId, keyStore());
  } catch {
    // Nothing was stored where IndexedDB does not work.
  }
}

/** Forgets every device key. Called by the storage module's `clearStoredData()`. */
export async function clearDeviceKeys(): Promise<void> {
  await Promise.all([...pending.values()].map((lookup) => lookup.catch(() => undefined)));
  ephemeralKeys.clear();
  try {
    await clear(keyStore());
  } catch {
    // Nothing was stored where IndexedDB does not work.
  }
}
