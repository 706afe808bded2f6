/**
 * Signs claims as a compact JWS (RFC 7515) with ES256 and the device key embedded in the header.
 */
import {base64urlEncode, base64urlEncodeText} from './base64url.js';
import type {DeviceKey} from './device-key.js';
import {SubmissionError} from './errors.js';
import {SUBMISSION_ALG, SUBMISSION_TYP, type SubmissionClaims, type SubmissionHeader} from './format.js';

/**
 * Signs the claims with the device key.
 *
 * The protected header is `{alg: 'ES256', typ: 'idv-profile+jws', jwk, kid}`: the public key travels
 * with the signature so any JOSE library can verify it (`EmbeddedJWK`), and `kid` lets a backend pin
 * a key it has seen before. WebCrypto ECDSA signatures are already the raw 64-byte `r||s` that
 * ES256 requires, so no DER conversion is needed.
 *
 * @returns the compact serialisation `header.payload.signature`.
 * @throws SubmissionError `signing-failed` when WebCrypto refuses to sign.
 */
export async function signSubmission({
  claims,
  key,
}: {
  claims: SubmissionClaims;
  key: Pick<DeviceKey, 'privateKey' | 'publicJwk' | 'kid'>;
}): Promise<string> {
  const header: SubmissionHeader = {
    alg: SUBMISSION_ALG,
    typ: SUBMISSION_TYP,
    jwk: {kty: 'EC', crv: 'P-256', x: key.publicJwk.x, y: key.publicJwk.y},
    kid: key.kid,
  };
  const signingInput = `${base64urlEncodeText(JSON.stringify(header))}.${base64urlEncodeText(JSON.stringify(claims))}`;
  let signature: ArrayBuffer;
  try {
    signature = await globalThis.crypto.subtle.sign(
      {name: 'ECDSA', hash: 'SHA-256'},
      key.privateKey,
      new TextEncoder().encode(signingInput),
    );
  } catch (cause) {
    throw new SubmissionError('signing-failed', 'The device key could not sign the submission', {cause});
  }
  return `${signingInput}.${base64urlEncode(new Uint8Array(signature))}`;
}
