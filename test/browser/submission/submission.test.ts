// The signed submission in a real Chromium: real WebCrypto, real IndexedDB, real canvas JPEGs.
import {expect} from '@open-wc/testing';
import {compactVerify, EmbeddedJWK, calculateJwkThumbprint} from 'jose';
import {createStore, get} from 'idb-keyval';
import {
  buildSubmission,
  clearDeviceKeys,
  deleteDeviceKey,
  getDeviceKey,
  SubmissionError,
} from '../../../src/submission/index.js';
import {verifySubmission, SubmissionVerificationError} from '../../../src/server/index.js';
import type {Capture, CaptureKind} from '../../../src/types.js';

/** A real JPEG: noise and shapes drawn on a canvas, encoded by the browser. */
async function jpeg(width: number, height: number, seed: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = `hsl(${seed * 47 % 360} 60% 50%)`;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.font = '32px sans-serif';
  ctx.fillText(`ID ${seed}`, 20, 60);
  ctx.fillRect(seed % width, 80, 40, 40);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.9),
  );
}

async function capture(kind: CaptureKind, seed: number): Promise<Capture> {
  return {
    kind,
    blob: await jpeg(640, 480, seed),
    width: 640,
    height: 480,
    at: Date.now() - 1000,
    camera: {label: 'fake_device_0', facingMode: kind === 'selfie' ? 'user' : 'environment', width: 640, height: 480, frameRate: 20},
    checks: {
      brightness: {value: 0.48, verdict: 'pass'},
      sharpness: {value: 612.5, verdict: 'warn'},
      faces: {value: null, verdict: 'not-run'},
    },
  };
}

async function sha256b64url(blob: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const unique = () => `profile-${Math.random().toString(36).slice(2)}`;

describe('device key', () => {
  it('has a private key that cannot be exported', async () => {
    const key = await getDeviceKey(unique());
    expect(key.ephemeral).to.equal(false);
    expect(key.privateKey.extractable).to.equal(false);
    let error: unknown;
    try {
      await crypto.subtle.exportKey('jwk', key.privateKey);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DOMException);
    expect(Object.keys(key.publicJwk)).to.deep.equal(['kty', 'crv', 'x', 'y']);
    expect(key.kid).to.equal(await calculateJwkThumbprint(key.publicJwk, 'sha256'));
  });

  it('is stored in its own IndexedDB store and comes back with the same kid after a reload', async () => {
    const id = unique();
    const first = await getDeviceKey(id);
    const stored = await get<{kid: string; privateKey: CryptoKey}>(id, createStore('idv-keys', 'keys'));
    expect(stored?.kid).to.equal(first.kid);
    expect(stored?.privateKey.extractable).to.equal(false);
    // A fresh instance of the module has no memory of this page: it can only find the key in IndexedDB.
    const fresh = (await import(`../../../src/submission/device-key.ts?reload=${Date.now()}`)) as typeof import('../../../src/submission/device-key.js');
    expect(fresh.getDeviceKey).to.not.equal(getDeviceKey);
    const again = await fresh.getDeviceKey(id);
    expect(again.kid).to.equal(first.kid);
    // And the reloaded key still signs something the first public key verifies.
    const data = new TextEncoder().encode('same key');
    const signature = await crypto.subtle.sign({name: 'ECDSA', hash: 'SHA-256'}, again.privateKey, data);
    expect(await crypto.subtle.verify({name: 'ECDSA', hash: 'SHA-256'}, first.publicKey, signature, data)).to.equal(true);
  });

  it('creates one key for concurrent first calls', async () => {
    const id = unique();
    const keys = await Promise.all(Array.from({length: 8}, () => getDeviceKey(id)));
    expect(new Set(keys.map((k) => k.kid)).size).to.equal(1);
    expect((await getDeviceKey(id)).kid).to.equal(keys[0].kid);
  });

  it('gives different profile ids different keys', async () => {
    const [a, b] = await Promise.all([getDeviceKey(unique()), getDeviceKey(unique())]);
    expect(a.kid).to.not.equal(b.kid);
  });

  it('makes a new key after deleteDeviceKey and after clearDeviceKeys', async () => {
    const id = unique();
    const first = await getDeviceKey(id);
    await deleteDeviceKey(id);
    const second = await getDeviceKey(id);
    expect(second.kid).to.not.equal(first.kid);
    await clearDeviceKeys();
    expect(await get(id, createStore('idv-keys', 'keys'))).to.equal(undefined);
    expect((await getDeviceKey(id)).kid).to.not.equal(second.kid);
  });

  it('falls back to an ephemeral key when IndexedDB is unavailable', async () => {
    // On the global object the attribute is an own accessor: keep its descriptor to put it back.
    const owner = Object.prototype.hasOwnProperty.call(window, 'indexedDB') ? window : Object.getPrototypeOf(window);
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', {value: undefined, configurable: true});
    try {
      const fresh = (await import(`../../../src/submission/device-key.ts?noidb=${Date.now()}`)) as typeof import('../../../src/submission/device-key.js');
      const key = await fresh.getDeviceKey('ephemeral-person');
      expect(key.ephemeral).to.equal(true);
      expect(key.privateKey.extractable).to.equal(false);
      expect((await fresh.getDeviceKey('ephemeral-person')).kid).to.equal(key.kid);
    } finally {
      delete (window as {indexedDB?: unknown}).indexedDB;
      if (owner === window) Object.defineProperty(window, 'indexedDB', descriptor);
    }
    expect(window.indexedDB).to.be.instanceOf(IDBFactory);
  });
});

describe('buildSubmission', () => {
  const challenge = 'server-challenge-123';
  let selfie: Capture;
  let documentCapture: Capture;
  before(async () => {
    selfie = await capture('selfie', 1);
    documentCapture = await capture('document', 2);
  });
  const build = (extra: Partial<Parameters<typeof buildSubmission>[0]> = {}) =>
    buildSubmission({
      profileId: 'person-7',
      challenge,
      name: '  Zoë Ångström ',
      layout: 'two-sided',
      captures: {selfie, document: documentCapture},
      ...extra,
    });

  it('verifies with jose (compactVerify + EmbeddedJWK)', async () => {
    const submission = await build();
    const {payload, protectedHeader} = await compactVerify(submission.jws, EmbeddedJWK, {algorithms: ['ES256']});
    expect(protectedHeader).to.deep.equal({alg: 'ES256', typ: 'idv-profile+jws', jwk: protectedHeader.jwk, kid: submission.kid});
    expect(Object.keys(protectedHeader.jwk!)).to.deep.equal(['kty', 'crv', 'x', 'y']);
    expect(submission.kid).to.equal(await calculateJwkThumbprint(protectedHeader.jwk!, 'sha256'));
    expect(JSON.parse(new TextDecoder().decode(payload))).to.deep.equal(submission.claims);
  });

  it('signs digests and lengths that match the files', async () => {
    const {claims, files} = await build();
    expect(claims.captures.selfie.sha256).to.equal(await sha256b64url(files.selfie));
    expect(claims.captures.document.sha256).to.equal(await sha256b64url(files.document));
    expect(claims.captures.selfie.sha256).to.equal(await sha256b64url(selfie.blob));
    expect(claims.captures.selfie.bytes).to.equal(selfie.blob.size);
    expect(claims.captures.document.bytes).to.equal(documentCapture.blob.size);
    expect(files.selfie.name).to.equal('selfie.jpg');
    expect(files.document.name).to.equal('document.jpg');
    expect(files.selfie.type).to.equal('image/jpeg');
  });

  it('holds the name, layout, nonce, origin, profile id and checks', async () => {
    const {claims} = await build();
    expect(Object.keys(claims)).to.deep.equal(['v', 'iat', 'nonce', 'origin', 'sub', 'name', 'layout', 'captures', 'sdk']);
    expect(claims.v).to.equal(1);
    expect(claims.name).to.equal('Zoë Ångström');
    expect(claims.layout).to.equal('two-sided');
    expect(claims.nonce).to.equal(challenge);
    expect(claims.origin).to.equal(location.origin);
    expect(claims.sub).to.equal('person-7');
    expect(Math.abs(claims.iat - Date.now() / 1000)).to.be.below(5);
    expect(claims.captures.selfie.checks).to.deep.equal(selfie.checks);
    expect(claims.captures.document.camera).to.deep.equal(documentCapture.camera);
    expect(claims.sdk).to.deep.equal({name: 'id-verification-profile', version: claims.sdk.version, keyStorage: 'indexeddb'});
  });

  it('offers FormData with the three parts and JSON with base64 images', async () => {
    const submission = await build();
    const form = submission.toFormData();
    expect([...form.keys()]).to.deep.equal(['jws', 'selfie', 'document']);
    expect(form.get('jws')).to.equal(submission.jws);
    expect((form.get('selfie') as File).name).to.equal('selfie.jpg');
    expect((form.get('document') as File).size).to.equal(documentCapture.blob.size);
    const json = JSON.parse(JSON.stringify(submission));
    expect(Object.keys(json)).to.deep.equal(['jws', 'files']);
    const bytes = Uint8Array.from(atob(json.files.selfie), (c) => c.charCodeAt(0));
    expect(bytes).to.deep.equal(new Uint8Array(await selfie.blob.arrayBuffer()));
  });

  it('is accepted by our own verifySubmission, and a tampered file is not', async () => {
    const submission = await build();
    const options = {nonce: challenge, maxAgeSeconds: 60, origin: location.origin};
    const verified = await verifySubmission({jws: submission.jws, files: submission.files}, options);
    expect(verified.kid).to.equal(submission.kid);
    await verifySubmission(submission.toFormData(), options);

    const bytes = new Uint8Array(await submission.files.document.arrayBuffer());
    bytes[bytes.length >> 1] ^= 0xff;
    const tampered = new File([bytes], 'document.jpg', {type: 'image/jpeg'});
    let error: unknown;
    try {
      await verifySubmission({jws: submission.jws, files: {...submission.files, document: tampered}}, options);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SubmissionVerificationError);
    expect((error as SubmissionVerificationError).reason).to.equal('file-mismatch');
  });

  it('throws missing-challenge without a challenge', async () => {
    for (const missing of [undefined, null, '']) {
      let error: unknown;
      try {
        await build({challenge: missing});
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(SubmissionError);
      expect((error as SubmissionError).code).to.equal('missing-challenge');
    }
  });

  it('throws signing-failed when WebCrypto cannot sign', async () => {
    const original = crypto.subtle.sign;
    (crypto.subtle as {sign: unknown}).sign = () => Promise.reject(new DOMException('boom', 'OperationError'));
    let error: unknown;
    try {
      await build();
    } catch (e) {
      error = e;
    } finally {
      (crypto.subtle as {sign: unknown}).sign = original;
    }
    expect(error).to.be.instanceOf(SubmissionError);
    expect((error as SubmissionError).code).to.equal('signing-failed');
  });

  it('refuses a capture that is not a JPEG or of the wrong kind (TypeError)', async () => {
    const png = {...selfie, blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], {type: 'image/jpeg'})};
    for (const captures of [{selfie: png, document: documentCapture}, {selfie: documentCapture, document: selfie}]) {
      let error: unknown;
      try {
        await build({captures});
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
    }
  });
});
