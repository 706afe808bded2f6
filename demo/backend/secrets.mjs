// The one secret the demo backend's MACs (sessions, challenges) derive from. Processes that share it
// accept each other's cookies and challenges, which is what lets several of them sit behind one load
// balancer; kept in the data folder it also keeps people's sessions valid across a restart.
import {createHmac, randomBytes} from 'node:crypto';
import {link, readFile, unlink, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** Shortest accepted `DEMO_SECRET`, in characters (any text; 43 is 32 random bytes in base64url). */
export const MIN_SECRET_LENGTH = 32;

/**
 * The server secret: `DEMO_SECRET` when set, else `<dataDir>/server-secret`, created on first use
 * (atomically, so two processes starting at once end up with the same one).
 * @returns {Promise<Buffer>}
 */
export async function loadServerSecret(dataDir, fromEnv = process.env.DEMO_SECRET) {
  if (fromEnv !== undefined) {
    if (fromEnv.length < MIN_SECRET_LENGTH) throw new Error(`DEMO_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = path.join(dataDir, 'server-secret');
  // Written aside, then linked into place: a process that loses the race reads a complete file, never a half-written one.
  const staged = `${file}.${randomBytes(6).toString('hex')}`;
  await writeFile(staged, randomBytes(32).toString('base64url'), {flag: 'wx', mode: 0o600});
  try {
    await link(staged, file);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  } finally {
    await unlink(staged).catch(() => {});
  }
  const text = (await readFile(file, 'utf8')).trim();
  if (text.length < MIN_SECRET_LENGTH) throw new Error(`${file} is too short to be a secret; delete it to make a new one`);
  return Buffer.from(text, 'utf8');
}

/** A key for one purpose derived from the server secret, so no two MACs share a key. */
export function deriveKey(secret, purpose) {
  return createHmac('sha256', secret).update(`id-verification-profile demo|${purpose}`).digest();
}
