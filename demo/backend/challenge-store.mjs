// Single use of challenges, behind a store small enough to implement on anything with an atomic
// "set if absent, with expiry". Issuing needs no store: a challenge is a MAC over its expiry and the
// session it was issued to (see ChallengeIssuer in ../server.mjs), so any process holding the same
// secret can check it. What processes must share is the memory of which challenges were used.
import {createHash} from 'node:crypto';

/**
 * Where a backend remembers used challenges.
 *
 * @typedef {object} ChallengeStore
 * @property {(challenge: string, expiresAtMs: number) => Promise<boolean>} consumeOnce
 *   Marks `challenge` used until `expiresAtMs` (ms since the epoch, after which the challenge is refused
 *   as expired anyway). Resolves `true` for the one call that marked it, `false` for every other, across
 *   every process sharing the store. Must be atomic: check and mark are one step.
 * @property {(nowMs?: number) => void} [sweep] Forgets entries past their expiry (stores without expiry of their own).
 * @property {() => Promise<void>} [close] Releases connections.
 * @property {string} kind A short name for logs: `memory`, `redis`.
 */

/**
 * The embedded default: one process's memory. Check and mark happen in one synchronous step, so two
 * concurrent requests in this process cannot both pass; other processes do not see it (use Redis for those).
 * @implements {ChallengeStore}
 */
export class MemoryChallengeStore {
  kind = 'memory';
  #used = new Map(); // challenge → expires (ms)

  /** @returns {Promise<boolean>} */
  async consumeOnce(challenge, expiresAtMs) {
    if (this.#used.has(challenge)) return false;
    this.#used.set(challenge, expiresAtMs);
    return true;
  }

  /** Forgets used challenges that have expired (they would be refused as expired anyway). */
  sweep(nowMs = Date.now()) {
    for (const [challenge, expires] of this.#used) if (expires <= nowMs) this.#used.delete(challenge);
  }

  /** How many used challenges are remembered (for tests and metrics). */
  get size() {
    return this.#used.size;
  }

  async close() {}
}

/** Key prefix of the used-challenge markers; the challenge itself is hashed so keys stay short and uniform. */
export const REDIS_KEY_PREFIX = 'idv:challenge-used:';

/**
 * Several backend processes behind a load balancer, one Redis: `SET key 1 NX PXAT expiry` is a single
 * atomic command, so of any number of concurrent submissions carrying one challenge, in any process,
 * exactly one gets `OK`. Redis deletes the marker itself when the challenge would have expired.
 * @implements {ChallengeStore}
 */
export class RedisChallengeStore {
  kind = 'redis';
  #client;

  /** @param {import('redis').RedisClientType} client a connected node-redis client */
  constructor(client) {
    this.#client = client;
  }

  /**
   * Connects to `url` (`redis://host:port/db`, `rediss://` for TLS).
   * @returns {Promise<RedisChallengeStore>}
   */
  static async connect(url) {
    const {createClient} = await import('redis');
    // A store that is down must fail submissions quickly and visibly, not queue them forever.
    const client = createClient({url, socket: {connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(retries * 100, 2000)}, disableOfflineQueue: true});
    client.on('error', (error) => console.error(`redis: ${error.message}`));
    await client.connect();
    return new RedisChallengeStore(client);
  }

  /** @returns {Promise<boolean>} */
  async consumeOnce(challenge, expiresAtMs) {
    const key = REDIS_KEY_PREFIX + createHash('sha256').update(challenge).digest('base64url');
    const reply = await this.#client.set(key, '1', {
      condition: 'NX',
      expiration: {type: 'PXAT', value: Math.max(Math.ceil(expiresAtMs), Date.now() + 1000)},
    });
    return reply === 'OK';
  }

  async close() {
    await this.#client.close();
  }
}

/**
 * The store a server should use: Redis when `redisUrl` (or `REDIS_URL`) is set, else memory.
 * @param {{redisUrl?: string}} [options]
 * @returns {Promise<ChallengeStore>}
 */
export async function openChallengeStore({redisUrl = process.env.REDIS_URL} = {}) {
  return redisUrl ? RedisChallengeStore.connect(redisUrl) : new MemoryChallengeStore();
}
