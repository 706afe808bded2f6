// verifySubmission (built server entry) against submissions signed independently in Node.
// Each rejection has its own test asserting the `reason`.
import {test, describe, before} from 'node:test';
import assert from 'node:assert/strict';
import {createHmac, webcrypto} from 'node:crypto';
import {verifySubmission, SubmissionVerificationError, parseSubmissionJSON} from '../../dist/server/index.js';
import {b64u, b64uJson, fakeJpeg, headerFor, makeClaims, makeKey, makeSubmission, signRaw, sha256} from './support/signer.mjs';

const NONCE = 'n0nce-issued-by-backend';
const opts = (extra = {}) => ({nonce: NONCE, maxAgeSeconds: 600, ...extra});

let key;
let other;
let valid;
before(async () => {
  key = await makeKey();
  other = await makeKey();
  valid = await makeSubmission({key, nonce: NONCE});
});

async function expectReason(promiseOrFn, reason) {
  const promise = typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof SubmissionVerificationError, `expected SubmissionVerificationError, got ${error}`);
    assert.equal(error.reason, reason, error.message);
    return true;
  });
}

/** Signs an arbitrary header/payload (objects or raw strings) with `key`, files of the valid submission. */
const segs = (jws) => jws.split(".");

async function signed(header, payload, signer = key) {
  return {jws: await signRaw(header, payload, signer), files: valid.files};
}


describe('accepts', () => {
  test('a valid submission with Uint8Array files', async () => {
    const out = await verifySubmission({jws: valid.jws, files: valid.files}, opts({origin: 'https://shop.example', expectedKid: key.kid}));
    assert.equal(out.kid, key.kid);
    assert.deepEqual(out.claims, valid.claims);
    assert.deepEqual(out.header, headerFor(key));
  });
  test('Blob and File files', async () => {
    const files = {selfie: new Blob([valid.files.selfie]), document: new File([valid.files.document], 'document.jpg', {type: 'image/jpeg'})};
    await verifySubmission({jws: valid.jws, files}, opts());
  });
  test('ArrayBuffer files and Node Buffers', async () => {
    const files = {selfie: valid.files.selfie.slice().buffer, document: Buffer.from(valid.files.document)};
    await verifySubmission({jws: valid.jws, files}, opts());
  });
  test('a typed-array view into a larger buffer', async () => {
    const big = new Uint8Array(valid.files.selfie.length + 10);
    big.set(valid.files.selfie, 5);
    await verifySubmission({jws: valid.jws, files: {selfie: big.subarray(5, 5 + valid.files.selfie.length), document: valid.files.document}}, opts());
  });
  test('a whole FormData (jws, selfie, document)', async () => {
    const form = new FormData();
    form.append('jws', valid.jws);
    form.append('selfie', new Blob([valid.files.selfie]), 'selfie.jpg');
    form.append('document', new Blob([valid.files.document]), 'document.jpg');
    await verifySubmission(form, opts());
  });
  test('files given as a FormData', async () => {
    const form = new FormData();
    form.append('selfie', new Blob([valid.files.selfie]));
    form.append('document', new Blob([valid.files.document]));
    await verifySubmission({jws: valid.jws, files: form}, opts());
  });
  test('the toJSON() form through parseSubmissionJSON', async () => {
    const json = JSON.stringify({jws: valid.jws, files: {selfie: Buffer.from(valid.files.selfie).toString('base64'), document: Buffer.from(valid.files.document).toString('base64')}});
    await verifySubmission(parseSubmissionJSON(json), opts());
  });
  test('iat within the clock-skew allowance', async () => {
    const ahead = await makeSubmission({key, nonce: NONCE, iat: Math.floor(Date.now() / 1000) + 30});
    await verifySubmission(ahead, opts());
  });
  test('an origin from a list, a kid from a list, a Date as now, the expected sub alone or in a list', async () => {
    await verifySubmission(valid, opts({origin: ['https://a.example', 'https://shop.example'], expectedKid: [other.kid, key.kid], now: new Date()}));
    await verifySubmission(valid, opts({sub: 'person-42'}));
    await verifySubmission(valid, opts({sub: ['someone-else', 'person-42']}));
  });
  test('a nonce callback that accepts, called with the claimed nonce', async () => {
    let seen;
    await verifySubmission(valid, opts({nonce: (n, claims) => ((seen = [n, claims.sub]), true)}));
    assert.deepEqual(seen, [NONCE, 'person-42']);
  });
  test('an ephemeral-key submission with a two-sided layout and no checks', async () => {
    const s = await makeSubmission({key, nonce: NONCE, claims: {layout: 'two-sided', sdk: {name: 'id-verification-profile', version: '9.9.9', keyStorage: 'ephemeral'}}});
    await verifySubmission(s, opts());
  });
});

describe('rejects malformed-input', () => {
  for (const [label, input] of [['null', null], ['a number', 42], ['a string', 'a.b.c'], ['an array', []], ['no jws member', {files: {}}]]) {
    test(`a submission that is ${label}`, () => expectReason(verifySubmission(input, opts()), 'malformed-input'));
  }
  test('a FormData with two jws parts', async () => {
    const form = new FormData();
    form.append('jws', valid.jws);
    form.append('jws', valid.jws);
    await expectReason(verifySubmission(form, opts()), 'malformed-input');
  });
  test('files that are a string', () => expectReason(verifySubmission({jws: valid.jws, files: 'x'}, opts()), 'malformed-input'));
  test('JSON input with bad base64', () => expectReason(async () => parseSubmissionJSON({jws: valid.jws, files: {selfie: '@@', document: 'AA=='}}), 'malformed-input'));
  test('JSON input with a file over maxFileBytes, refused before decoding', () =>
    expectReason(async () => parseSubmissionJSON({jws: valid.jws, files: {selfie: 'A'.repeat(4000), document: 'AA=='}}, {maxFileBytes: 1000}), 'malformed-input'));
  test('JSON input with extra members', () => expectReason(async () => parseSubmissionJSON({jws: valid.jws, files: {selfie: 'AA==', document: 'AA=='}, claims: {}}), 'malformed-input'));
});

describe('rejects malformed-jws', () => {
  const cases = {
    'a non-string jws': () => ({jws: 123}),
    'an object jws': () => ({jws: {toString: () => valid.jws}}),
    'two segments': () => ({jws: segs(valid.jws).slice(0, 2).join('.')}),
    'four segments': () => ({jws: `${valid.jws}.AAAA`}),
    'the JSON serialisation': () => ({jws: JSON.stringify({protected: segs(valid.jws)[0], payload: segs(valid.jws)[1], signature: segs(valid.jws)[2]})}),
    'an empty string': () => ({jws: ''}),
    'an empty header segment': () => ({jws: `.${segs(valid.jws)[1]}.${segs(valid.jws)[2]}`}),
    'an empty payload segment': () => ({jws: `${segs(valid.jws)[0]}..${segs(valid.jws)[2]}`}),
    'standard base64 characters': () => ({jws: valid.jws.replace(/-|_/, '+') === valid.jws ? `+${valid.jws}` : valid.jws.replace(/-|_/, '+')}),
    'padding': () => ({jws: `${segs(valid.jws)[0]}==.${segs(valid.jws)[1]}.${segs(valid.jws)[2]}`}),
    'whitespace': () => ({jws: valid.jws.replace('.', ' .')}),
    'a header of impossible length (4n+1)': () => {
      let h = segs(valid.jws)[0];
      while (h.length % 4 !== 1) h += 'A';
      return {jws: `${h}.${segs(valid.jws)[1]}.${segs(valid.jws)[2]}`};
    },
    'non-canonical trailing bits in the header': () => {
      const h = b64uJson(headerFor(key));
      if (h.length % 4 === 0) return {jws: `x${valid.jws}`};
      const last = h.at(-1);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const bumped = alphabet[alphabet.indexOf(last) + 1];
      return {jws: `${h.slice(0, -1)}${bumped}.${segs(valid.jws)[1]}.${segs(valid.jws)[2]}`};
    },
    'a jws over the size limit': () => ({jws: `${segs(valid.jws)[0]}.${'A'.repeat(70_000)}.${segs(valid.jws)[2]}`}),
  };
  for (const [label, make] of Object.entries(cases)) {
    test(label, () => expectReason(verifySubmission({...make(), files: valid.files}, opts()), 'malformed-jws'));
  }
});

describe('rejects malformed-header', () => {
  const payload = () => valid.claims;
  const cases = {
    'a header that is not JSON': '{"alg":"ES256",',
    'a header that is a JSON array': '["ES256"]',
    'a header that is a JSON string': '"ES256"',
    'a header that is JSON null': 'null',
    'a header with no alg': () => ({typ: 'idv-profile+jws', jwk: key.jwk, kid: key.kid}),
    'a header whose alg is a number': () => ({alg: 256, typ: 'idv-profile+jws', jwk: key.jwk, kid: key.kid}),
    'a header with no typ': () => ({alg: 'ES256', jwk: key.jwk, kid: key.kid}),
    'a header with no jwk': () => ({alg: 'ES256', typ: 'idv-profile+jws', kid: key.kid}),
    'a header with no kid': () => ({alg: 'ES256', typ: 'idv-profile+jws', jwk: key.jwk}),
    'a header whose kid is a number': () => ({...headerFor(key), kid: 7}),
    'a header with crit': () => ({...headerFor(key), crit: ['b64'], b64: false}),
    'a header with jku': () => ({...headerFor(key), jku: 'https://evil.example/keys'}),
    'a header with duplicate members': () => `{"alg":"ES256","typ":"idv-profile+jws","jwk":${JSON.stringify(key.jwk)},"kid":"${key.kid}","kid":"${other.kid}"}`,
    'a header with a byte-order mark': () => `\uFEFF${JSON.stringify(headerFor(key))}`,
  };
  for (const [label, make] of Object.entries(cases)) {
    test(label, async () => {
      const header = typeof make === 'function' ? make() : make;
      await expectReason(verifySubmission(await signed(header, payload()), opts()), 'malformed-header');
    });
  }
  test('a header that is not UTF-8', async () => {
    const bad = `${b64u(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))}.${segs(valid.jws)[1]}.${segs(valid.jws)[2]}`;
    await expectReason(verifySubmission({jws: bad, files: valid.files}, opts()), 'malformed-header');
  });
});

describe('rejects unsupported-alg', () => {
  test('alg none with an empty signature', async () => {
    const jws = `${b64uJson({alg: 'none', typ: 'idv-profile+jws'})}.${segs(valid.jws)[1]}.`;
    await expectReason(verifySubmission({jws, files: valid.files}, opts()), 'unsupported-alg');
  });
  test('HS256 keyed with the public key (algorithm confusion)', async () => {
    const input = `${b64uJson({...headerFor(key), alg: 'HS256'})}.${segs(valid.jws)[1]}`;
    const mac = createHmac('sha256', JSON.stringify(key.jwk)).update(input).digest();
    await expectReason(verifySubmission({jws: `${input}.${b64u(mac)}`, files: valid.files}, opts()), 'unsupported-alg');
  });
  for (const alg of ['RS256', 'ES384', 'ES256K', 'es256', 'EdDSA', 'PS256', '']) {
    test(`alg ${JSON.stringify(alg)}`, async () => {
      await expectReason(verifySubmission(await signed({...headerFor(key), alg}, valid.claims), opts()), 'unsupported-alg');
    });
  }
});

describe('rejects wrong-typ', () => {
  for (const typ of ['JWT', 'application/idv-profile+jws', 'IDV-PROFILE+JWS', 'idv-profile+jwt', '']) {
    test(`typ ${JSON.stringify(typ)}`, async () => {
      await expectReason(verifySubmission(await signed({...headerFor(key), typ}, valid.claims), opts()), 'wrong-typ');
    });
  }
});

describe('rejects invalid-jwk', () => {
  const cases = {
    'a jwk with the private d': () => ({...key.jwk, d: key.privateJwk.d}),
    'a jwk with ext/key_ops': () => ({...key.jwk, ext: true, key_ops: ['verify']}),
    'an RSA jwk': () => ({kty: 'RSA', n: 'AQAB', e: 'AQAB'}),
    'kty oct': () => ({kty: 'oct', k: 'c2VjcmV0'}),
    'crv P-384': () => ({...key.jwk, crv: 'P-384'}),
    'a short x': () => ({...key.jwk, x: key.jwk.x.slice(0, -2)}),
    'a y that is not base64url': () => ({...key.jwk, y: `${key.jwk.y.slice(0, -1)}=`}),
    'a number for x': () => ({...key.jwk, x: 1}),
    'a point not on the curve': () => ({...key.jwk, y: b64u(Buffer.alloc(32, 1))}),
    'a jwk that is a string': () => JSON.stringify(key.jwk),
    'a jwk that is null': () => null,
  };
  for (const [label, make] of Object.entries(cases)) {
    test(label, async () => {
      const jwk = make();
      // kid follows the jwk where it can, so only the jwk is wrong.
      let kid = key.kid;
      if (jwk && typeof jwk === 'object' && typeof jwk.x === 'string' && typeof jwk.y === 'string') {
        const {thumbprint} = await import('./support/signer.mjs');
        kid = thumbprint(jwk);
      }
      await expectReason(verifySubmission(await signed({alg: 'ES256', typ: 'idv-profile+jws', jwk, kid}, valid.claims), opts()), 'invalid-jwk');
    });
  }
});

describe('rejects kid-mismatch and unexpected-kid', () => {
  test('a kid that is another key’s thumbprint', async () => {
    await expectReason(verifySubmission(await signed({...headerFor(key), kid: other.kid}, valid.claims), opts()), 'kid-mismatch');
  });
  test('an empty kid', async () => {
    await expectReason(verifySubmission(await signed({...headerFor(key), kid: ''}, valid.claims), opts()), 'kid-mismatch');
  });
  test('a kid that is the SHA-1 style thumbprint or padded', async () => {
    await expectReason(verifySubmission(await signed({...headerFor(key), kid: `${key.kid}=`}, valid.claims), opts()), 'kid-mismatch');
  });
  test('a valid key that is not the expectedKid', async () => {
    await expectReason(verifySubmission(valid, opts({expectedKid: other.kid})), 'unexpected-kid');
  });
});

describe('rejects bad-signature', () => {
  test('signed by another key than the embedded one', async () => {
    const input = `${b64uJson(headerFor(key))}.${segs(valid.jws)[1]}`;
    const sig = await webcrypto.subtle.sign({name: 'ECDSA', hash: 'SHA-256'}, other.privateKey, Buffer.from(input));
    await expectReason(verifySubmission({jws: `${input}.${b64u(new Uint8Array(sig))}`, files: valid.files}, opts()), 'bad-signature');
  });
  test('the embedded key swapped for the attacker’s (with a matching kid)', async () => {
    const [, payload, sig] = segs(valid.jws);
    await expectReason(verifySubmission({jws: `${b64uJson(headerFor(other))}.${payload}.${sig}`, files: valid.files}, opts()), 'bad-signature');
  });
  test('one flipped bit in the signature', async () => {
    const [h, p, sig] = segs(valid.jws);
    const bytes = Buffer.from(sig, 'base64url');
    bytes[10] ^= 1;
    await expectReason(verifySubmission({jws: `${h}.${p}.${b64u(bytes)}`, files: valid.files}, opts()), 'bad-signature');
  });
  test('a payload changed after signing (name)', async () => {
    const [h, , sig] = segs(valid.jws);
    await expectReason(verifySubmission({jws: `${h}.${b64uJson({...valid.claims, name: 'Mallory'})}.${sig}`, files: valid.files}, opts()), 'bad-signature');
  });
  test('an empty signature with ES256', async () => {
    const [h, p] = segs(valid.jws);
    await expectReason(verifySubmission({jws: `${h}.${p}.`, files: valid.files}, opts()), 'bad-signature');
  });
  test('a 63-byte signature', async () => {
    const [h, p, sig] = segs(valid.jws);
    await expectReason(verifySubmission({jws: `${h}.${p}.${b64u(Buffer.from(sig, 'base64url').subarray(1))}`, files: valid.files}, opts()), 'bad-signature');
  });
  test('a DER-encoded signature', async () => {
    const [h, p] = segs(valid.jws);
    const {createSign, createPrivateKey} = await import('node:crypto');
    const der = createSign('sha256').update(`${h}.${p}`).sign(createPrivateKey({key: key.privateJwk, format: 'jwk'}));
    await expectReason(verifySubmission({jws: `${h}.${p}.${b64u(der)}`, files: valid.files}, opts()), 'bad-signature');
  });
  test('an all-zero signature', async () => {
    const [h, p] = segs(valid.jws);
    await expectReason(verifySubmission({jws: `${h}.${p}.${b64u(Buffer.alloc(64))}`, files: valid.files}, opts()), 'bad-signature');
  });
});

describe('rejects malformed-payload (validly signed garbage)', () => {
  const cases = {
    'not JSON': 'hello',
    'truncated JSON': '{"v":1,',
    'a JSON array': '[1,2,3]',
    'a JSON number': '1',
    'JSON null': 'null',
    'duplicate member names': () => JSON.stringify(valid.claims).replace('"name":', '"name":"Mallory","name":'),
    'a byte-order mark': () => `\uFEFF${JSON.stringify(valid.claims)}`,
  };
  for (const [label, make] of Object.entries(cases)) {
    test(label, async () => {
      const payload = typeof make === 'function' ? make() : make;
      await expectReason(verifySubmission(await signed(headerFor(key), payload), opts()), 'malformed-payload');
    });
  }
  test('a payload that is not UTF-8', async () => {
    const input = `${b64uJson(headerFor(key))}.${b64u(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))}`;
    const sig = await webcrypto.subtle.sign({name: 'ECDSA', hash: 'SHA-256'}, key.privateKey, Buffer.from(input));
    await expectReason(verifySubmission({jws: `${input}.${b64u(new Uint8Array(sig))}`, files: valid.files}, opts()), 'malformed-payload');
  });
});

describe('rejects invalid-claims', () => {
  const c = () => structuredClone(valid.claims);
  const without = (k) => {
    const x = c();
    delete x[k];
    return x;
  };
  const cases = {
    ...Object.fromEntries(['v', 'iat', 'nonce', 'origin', 'sub', 'name', 'layout', 'captures', 'sdk'].map((k) => [`no ${k}`, () => without(k)])),
    'an extra member': () => ({...c(), admin: true}),
    'a __proto__ member': () => JSON.parse(JSON.stringify(c()).replace('{', '{"__proto__":{"x":1},')),
    'v 2': () => ({...c(), v: 2}),
    'v "1"': () => ({...c(), v: '1'}),
    'iat as a string': () => ({...c(), iat: String(c().iat)}),
    'iat fractional': () => ({...c(), iat: c().iat + 0.5}),
    'iat negative': () => ({...c(), iat: -1}),
    'nonce a number': () => ({...c(), nonce: 5}),
    'nonce empty': () => ({...c(), nonce: ''}),
    'nonce too long': () => ({...c(), nonce: 'x'.repeat(2000)}),
    'sub null': () => ({...c(), sub: null}),
    'name blank': () => ({...c(), name: '   '}),
    'name an array': () => ({...c(), name: ['Zoë']}),
    'layout unknown': () => ({...c(), layout: 'three-sided'}),
    'captures with a third image': () => ({...c(), captures: {...c().captures, extra: c().captures.selfie}}),
    'captures without document': () => ({...c(), captures: {selfie: c().captures.selfie}}),
    'captures an array': () => ({...c(), captures: [c().captures.selfie, c().captures.document]}),
    'sha256 of the wrong length': () => {
      const x = c();
      x.captures.selfie.sha256 = b64u(Buffer.alloc(20));
      return x;
    },
    'sha256 in hex': () => {
      const x = c();
      x.captures.selfie.sha256 = sha256(valid.files.selfie).toString('hex');
      return x;
    },
    'type image/png': () => {
      const x = c();
      x.captures.document.type = 'image/png';
      return x;
    },
    'bytes zero': () => {
      const x = c();
      x.captures.document.bytes = 0;
      return x;
    },
    'bytes over the file limit': () => {
      const x = c();
      x.captures.document.bytes = 21 * 1024 * 1024;
      return x;
    },
    'width negative': () => {
      const x = c();
      x.captures.selfie.width = -1;
      return x;
    },
    'at a string': () => {
      const x = c();
      x.captures.selfie.at = 'yesterday';
      return x;
    },
    'camera missing label': () => {
      const x = c();
      delete x.captures.selfie.camera.label;
      return x;
    },
    'camera frameRate a string': () => {
      const x = c();
      x.captures.selfie.camera.frameRate = '30';
      return x;
    },
    'a check verdict outside the union': () => {
      const x = c();
      x.captures.selfie.checks.brightness.verdict = 'ok';
      return x;
    },
    'a check value that is a string': () => {
      const x = c();
      x.captures.selfie.checks.brightness.value = '0.5';
      return x;
    },
    'a check with an extra member': () => {
      const x = c();
      x.captures.selfie.checks.brightness.threshold = 0.2;
      return x;
    },
    'checks an array': () => {
      const x = c();
      x.captures.selfie.checks = [];
      return x;
    },
    'sdk name of another product': () => ({...c(), sdk: {...c().sdk, name: 'other-sdk'}}),
    'sdk keyStorage unknown': () => ({...c(), sdk: {...c().sdk, keyStorage: 'cloud'}}),
  };
  for (const [label, make] of Object.entries(cases)) {
    test(label, async () => {
      await expectReason(verifySubmission(await signed(headerFor(key), make()), opts()), 'invalid-claims');
    });
  }
});

describe('rejects stale, future, foreign', () => {
  test('expired: iat older than maxAgeSeconds', async () => {
    const old = await makeSubmission({key, nonce: NONCE, iat: Math.floor(Date.now() / 1000) - 601});
    await expectReason(verifySubmission(old, opts()), 'expired');
  });
  test('expired relative to an explicit now', async () => {
    await expectReason(verifySubmission(valid, opts({now: Date.now() + 3_600_000})), 'expired');
  });
  test('issued-in-future: iat beyond the skew', async () => {
    const future = await makeSubmission({key, nonce: NONCE, iat: Math.floor(Date.now() / 1000) + 120});
    await expectReason(verifySubmission(future, opts()), 'issued-in-future');
  });
  test('issued-in-future with skew set to zero', async () => {
    const future = await makeSubmission({key, nonce: NONCE, iat: Math.floor(Date.now() / 1000) + 5});
    await expectReason(verifySubmission(future, opts({clockSkewSeconds: 0})), 'issued-in-future');
  });
  test('nonce-mismatch: another challenge', () => expectReason(verifySubmission(valid, opts({nonce: 'some-other-challenge'})), 'nonce-mismatch'));
  test('nonce-mismatch: a prefix of the challenge', () => expectReason(verifySubmission(valid, opts({nonce: NONCE.slice(0, -1)})), 'nonce-mismatch'));
  test('nonce-mismatch: the callback refuses', () => expectReason(verifySubmission(valid, opts({nonce: () => false})), 'nonce-mismatch'));
  test('nonce-mismatch: the callback returns a truthy non-true', () => expectReason(verifySubmission(valid, opts({nonce: () => 'yes'})), 'nonce-mismatch'));
  test('origin-mismatch', () => expectReason(verifySubmission(valid, opts({origin: 'https://evil.example'})), 'origin-mismatch'));
  test('sub-mismatch: signed for another profile id', () => expectReason(verifySubmission(valid, opts({sub: 'person-43'})), 'sub-mismatch'));
  test('sub-mismatch against a list', () => expectReason(verifySubmission(valid, opts({sub: ['person-4', 'person-420']})), 'sub-mismatch'));
  test('origin-mismatch against a list', () => expectReason(verifySubmission(valid, opts({origin: ['https://a.example', 'https://shop.example.evil']})), 'origin-mismatch'));
});

describe('rejects file problems', () => {
  test('missing-file: no document', () => expectReason(verifySubmission({jws: valid.jws, files: {selfie: valid.files.selfie}}, opts()), 'missing-file'));
  test('missing-file: no files at all', () => expectReason(verifySubmission({jws: valid.jws}, opts()), 'missing-file'));
  test('missing-file: a selfie that is a string', () => expectReason(verifySubmission({jws: valid.jws, files: {selfie: 'AAAA', document: valid.files.document}}, opts()), 'missing-file'));
  test('missing-file: a FormData without selfie', async () => {
    const form = new FormData();
    form.append('jws', valid.jws);
    form.append('document', new Blob([valid.files.document]));
    await expectReason(verifySubmission(form, opts()), 'missing-file');
  });
  test('missing-file: a FormData whose selfie is a text field', async () => {
    const form = new FormData();
    form.append('jws', valid.jws);
    form.append('selfie', 'not a file');
    form.append('document', new Blob([valid.files.document]));
    await expectReason(verifySubmission(form, opts()), 'missing-file');
  });
  test('unexpected-file: a third file', () => expectReason(verifySubmission({jws: valid.jws, files: {...valid.files, passport: valid.files.selfie}}, opts()), 'unexpected-file'));
  test('unexpected-file: a FormData with an extra part', async () => {
    const form = new FormData();
    form.append('jws', valid.jws);
    form.append('selfie', new Blob([valid.files.selfie]));
    form.append('document', new Blob([valid.files.document]));
    form.append('note', 'hi');
    await expectReason(verifySubmission(form, opts()), 'unexpected-file');
  });
  test('unexpected-file: a FormData with two selfies', async () => {
    const form = new FormData();
    form.append('jws', valid.jws);
    form.append('selfie', new Blob([valid.files.selfie]));
    form.append('selfie', new Blob([valid.files.selfie]));
    form.append('document', new Blob([valid.files.document]));
    await expectReason(verifySubmission(form, opts()), 'unexpected-file');
  });
  test('file-mismatch: one byte altered, same length', async () => {
    const selfie = valid.files.selfie.slice();
    selfie[100] ^= 0x40;
    await expectReason(verifySubmission({jws: valid.jws, files: {...valid.files, selfie}}, opts()), 'file-mismatch');
  });
  test('file-mismatch: truncated document', () => expectReason(verifySubmission({jws: valid.jws, files: {...valid.files, document: valid.files.document.subarray(0, -1)}}, opts()), 'file-mismatch'));
  test('file-mismatch: one byte appended', async () => {
    const document = new Uint8Array([...valid.files.document, 0]);
    await expectReason(verifySubmission({jws: valid.jws, files: {...valid.files, document}}, opts()), 'file-mismatch');
  });
  test('file-mismatch: selfie and document swapped', () => expectReason(verifySubmission({jws: valid.jws, files: {selfie: valid.files.document, document: valid.files.selfie}}, opts()), 'file-mismatch'));
  test('file-mismatch: another picture of the same length', () => expectReason(verifySubmission({jws: valid.jws, files: {...valid.files, selfie: fakeJpeg(valid.files.selfie.length, 999)}}, opts()), 'file-mismatch'));
});

describe('options are the caller’s code: TypeError', () => {
  test('no nonce', () => assert.rejects(verifySubmission(valid, {maxAgeSeconds: 60}), TypeError));
  test('maxAgeSeconds zero', () => assert.rejects(verifySubmission(valid, {nonce: NONCE, maxAgeSeconds: 0}), TypeError));
  test('no options', () => assert.rejects(verifySubmission(valid), TypeError));
});

test('claims built by makeClaims are what the browser builds (member order)', () => {
  assert.deepEqual(Object.keys(makeClaims({nonce: 'x', files: valid.files})), ['v', 'iat', 'nonce', 'origin', 'sub', 'name', 'layout', 'captures', 'sdk']);
});
