/**
 * RFC 7638 JWK thumbprint (SHA-256, base64url) of an EC public key: the `kid` of a device key.
 */
import {base64urlEncode} from './base64url.js';
import type {PublicJwk} from './format.js';

/**
 * Computes the RFC 7638 thumbprint of an EC public JWK.
 *
 * RFC 7638 hashes the *required* members only, in lexicographic order, with no whitespace:
 * `{"crv":…,"kty":…,"x":…,"y":…}`. Building the string by hand (rather than `JSON.stringify` of a
 * re-ordered object) keeps the member order explicit; the values are base64url or fixed ASCII, so
 * `JSON.stringify` on each value gives the exact required escaping.
 *
 * @param jwk an EC public JWK (`kty`, `crv`, `x`, `y`; other members are ignored).
 * @returns base64url (no padding) of the SHA-256 of the canonical JSON.
 */
export async function jwkThumbprint(jwk: Pick<PublicJwk, 'kty' | 'crv' | 'x' | 'y'>): Promise<string> {
  const canonical =
    `{"crv":${JSON.stringify(jwk.crv)},"kty":${JSON.stringify(jwk.kty)},` +
    `"x":${JSON.stringify(jwk.x)},"y":${JSON.stringify(jwk.y)}}`;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return base64urlEncode(new Uint8Array(digest));
}
