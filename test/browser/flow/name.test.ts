import {expect} from '@open-wc/testing';
import {normalizeName} from '../../../src/flow/name.js';

const accepted = (raw: string) => {
  const result = normalizeName(raw);
  if (!result.ok) throw new Error(`refused ${JSON.stringify(raw)}: ${result.problem}`);
  return result.name;
};
const problem = (raw: string) => {
  const result = normalizeName(raw);
  return result.ok ? 'accepted' : result.problem;
};

describe('normalizeName', () => {
  it('trims and collapses whitespace of any kind', () => {
    expect(accepted('  Ada \u00a0 \u3000King   Lovelace ')).to.equal('Ada King Lovelace');
  });

  it('normalises to NFC so composed and decomposed forms sign the same', () => {
    expect(accepted('Zoe\u0301')).to.equal('Zo\u00e9');
  });

  it('keeps markup as plain text', () => {
    expect(accepted('<img src=x onerror=alert(1)>')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('accepts right-to-left names unchanged', () => {
    expect(accepted('محمد بن سلمان')).to.equal('محمد بن سلمان');
    expect(accepted('דוד בן־גוריון')).to.equal('דוד בן־גוריון');
  });

  it('accepts names with combining marks and joiners (Devanagari, Persian)', () => {
    expect(accepted('अनुष्का शर्मा')).to.equal('अनुष्का शर्मा'.normalize('NFC'));
    expect(accepted('می\u200cخواهم')).to.equal('می\u200cخواهم');
  });

  it('refuses an empty or all-space name', () => {
    expect(problem('')).to.equal('name-required');
    expect(problem(' \t \u00a0 ')).to.equal('name-required');
  });

  it('refuses 500 characters and accepts exactly 200', () => {
    expect(problem('a'.repeat(500))).to.equal('name-too-long');
    expect(accepted('a'.repeat(200))).to.have.length(200);
    expect(problem('a'.repeat(201))).to.equal('name-too-long');
  });

  it('counts characters outside the BMP as one', () => {
    expect(accepted('𠀀'.repeat(200))).to.have.length(400); // 200 code points, 400 UTF-16 units
  });

  it('refuses control characters', () => {
    expect(problem('Ada\u0000Lovelace')).to.equal('name-invalid-characters');
    expect(problem('Ada\u001bLovelace')).to.equal('name-invalid-characters');
    expect(problem('Ada\u0085Lovelace')).to.equal('name-invalid-characters');
  });

  it('refuses bidirectional overrides that would make the name display differently', () => {
    expect(problem('Ada \u202eecalevoL')).to.equal('name-invalid-characters');
    expect(problem('Ada \u2066x\u2069')).to.equal('name-invalid-characters');
  });

  it('treats tabs and line breaks (e.g. from a paste) as spaces', () => {
    expect(accepted('Ada\n\tLovelace\r\n')).to.equal('Ada Lovelace');
  });

  it('removes zero-width spaces', () => {
    expect(accepted('A\u200Bda')).to.equal('Ada');
  });

  it('refuses a lone surrogate', () => {
    expect(problem('Ada \ud800')).to.equal('name-invalid-characters');
  });

  it('refuses a name without a letter', () => {
    expect(problem('12345 !!!')).to.equal('name-needs-letter');
  });
});
