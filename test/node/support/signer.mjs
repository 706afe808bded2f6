// An independent signer for the node tests: builds submissions the way the browser does, but written
// from the spec (README.md ("The signed submission")) with Node's own crypto and Buffer, sharing no code with src/.
import {createHash, webcrypto} from 'node:crypto';

const {subtle} = webcrypto;

export const b64u = (bytes) => Buffer.from(bytes).toString('base64url');
export const b64uJson = (value) => b64u(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)));
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest();

/** RFC 7638 thumbprint, written out from the RFC. */
export function thumbprint({crv, kty, x, y}) {
  return b64u(sha256(`{"crv":"${crv}","kty":"${kty}","x":"${x}","y":"${y}"}`));
}

/** A fresh P-256 key pair: `{privateKey, publicKey, jwk, kid}`. */
export async function makeKey() {
  const {privateKey, publicKey} = await subtle.generateKey({name: 'ECDSA', namedCurve: 'P-256'}, true, ['sign', 'verify']);
  const {kty, crv, x, y} = await subtle.exportKey('jwk', publicKey);
  const jwk = {kty, crv, x, y};
  return {privateKey, publicKey, jwk, kid: thumbprint(jwk), privateJwk: await subtle.exportKey('jwk', privateKey)};
}

/** Deterministic "JPEG" bytes: SOI marker, then filler from a seed, then EOI. The verifier never decodes them. */
export function fakeJpeg(length = 2048, seed = 1) {
  const bytes = new Uint8Array(length);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    bytes[i] = s & 0xff;
  }
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], length - 2);
  return bytes;
}

export function captureClaim(bytes, extra = {}) {
  return {
    sha256: b64u(sha256(bytes)),
    type: 'image/jpeg',
    bytes: bytes.length,
    width: 1280,
    height: 720,
    at: 1_700_000_000_000,
    camera: {label: 'fake_device_0', facingMode: 'user', width: 1280, height: 720, frameRate: 30},
    checks: {brightness: {value: 0.52, verdict: 'pass'}, sharpness: {value: 812.4, verdict: 'pass'}, faces: {value: null, verdict: 'not-run'}},
    ...extra,
  };
}

/** Claims for the given files, in the spec's member order. */
export function makeClaims({nonce, files, iat = Math.floor(Date.now() / 1000), origin = 'https://shop.example', ...rest}) {
  return {
    v: 1,
    iat,
    nonce,
    origin,
    sub: 'person-42',
    name: 'Zoë Ångström-Nakamura',
    layout: 'one-sided',
    captures: {selfie: captureClaim(files.selfie), document: captureClaim(files.document)},
    sdk: {name: 'id-verification-profile', version: '0.1.0', keyStorage: 'indexeddb'},
    ...rest,
  };
}

/** Signs raw segments: `header`/`payload` may be objects (JSON-encoded) or raw strings (encoded as is). */
export async function signRaw(header, payload, key) {
  const input = `${b64uJson(header)}.${b64uJson(payload)}`;
  const signature = await subtle.sign({name: 'ECDSA', hash: 'SHA-256'}, key.privateKey, Buffer.from(input));
  return `${input}.${b64u(new Uint8Array(signature))}`;
}

export const headerFor = (key) => ({alg: 'ES256', typ: 'idv-profile+jws', jwk: key.jwk, kid: key.kid});

/**
 * A complete, valid submission: `{jws, files: {selfie, document}, claims, key, nonce}`.
 * Options override claims (`claims: {...}`), the key, the nonce or the files.
 */
export async function makeSubmission({key, nonce = 'challenge-' + Math.random().toString(36).slice(2), files, claims = {}, iat} = {}) {
  key ??= await makeKey();
  files ??= {selfie: fakeJpeg(3000, 7), document: fakeJpeg(5000, 11)};
  const full = {...makeClaims({nonce, files, ...(iat === undefined ? {} : {iat})}), ...claims};
  const jws = await signRaw(headerFor(key), full, key);
  return {jws, files, claims: full, key, nonce};
}
