import {expect} from '@open-wc/testing';
import {decodeDraft, encodeDraft} from '../../../src/storage/draft-codec.js';
import {bytesOf, makeDraft} from './helpers.js';

describe('draft codec', () => {
  it('round-trips a draft with its capture bytes, types and metadata', async () => {
    const draft = {...(await makeDraft('Zoë')), savedAt: 42};
    const decoded = decodeDraft(await encodeDraft(draft));
    expect(decoded.name).to.equal('Zoë');
    expect(decoded.step).to.equal('review');
    expect(decoded.layout).to.equal('two-sided');
    expect(decoded.savedAt).to.equal(42);
    for (const kind of ['selfie', 'document'] as const) {
      const {blob, ...meta} = decoded.captures[kind]!;
      const {blob: original, ...originalMeta} = draft.captures[kind]!;
      expect(meta).to.deep.equal(originalMeta);
      expect(blob.type).to.equal('image/jpeg');
      expect(await bytesOf(blob)).to.deep.equal(await bytesOf(original));
    }
  });

  it('round-trips a draft without captures', async () => {
    const draft = {step: 'name', name: '', layout: null, captures: {}, savedAt: 1};
    expect(decodeDraft(await encodeDraft(draft))).to.deep.equal(draft);
  });

  it('rejects truncated bytes', async () => {
    const bytes = await encodeDraft({...(await makeDraft()), savedAt: 1});
    expect(() => decodeDraft(bytes.subarray(0, bytes.length - 10))).to.throw(TypeError);
  });
});
