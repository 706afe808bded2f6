/**
 * Turns a draft into one byte array and back, so the whole draft — name, metadata and the JPEG bytes of
 * every capture — can be encrypted as a single plaintext. Blobs cannot be encrypted where they stand, and
 * storing them beside the ciphertext would leave the pictures readable at rest.
 *
 * Layout: `[u32 big-endian header length][UTF-8 JSON header][capture bytes, in CAPTURE_ORDER]`.
 */
import type {Capture, CaptureKind} from '../types.js';
import type {Draft} from './draft.js';

/** Bumped when the layout changes; a draft in another version is treated as unreadable. */
const CODEC_VERSION = 1;

/** Fixed order of capture bodies after the header; the header records each body's length. */
const CAPTURE_ORDER: readonly CaptureKind[] = ['selfie', 'document'];

/** A capture's metadata in the header: everything but the Blob, plus the Blob's type and length. */
type CaptureHeader = Omit<Capture, 'blob'> & {type: string; length: number};

interface DraftHeader {
  v: number;
  step: string;
  name: string;
  layout: Draft['layout'];
  savedAt: number;
  captures: Partial<Record<CaptureKind, CaptureHeader>>;
}

/** Serializes a draft, capture bytes included, to one byte array. */
export async function encodeDraft(draft: Draft): Promise<Uint8Array<ArrayBuffer>> {
  const bodies: Uint8Array[] = [];
  const captures: DraftHeader['captures'] = {};
  for (const kind of CAPTURE_ORDER) {
    const capture = draft.captures[kind];
    if (!capture) continue;
    const bytes = new Uint8Array(await capture.blob.arrayBuffer());
    const {blob, ...meta} = capture;
    captures[kind] = {...meta, type: blob.type, length: bytes.byteLength};
    bodies.push(bytes);
  }
  const header: DraftHeader = {
    v: CODEC_VERSION,
    step: draft.step,
    name: draft.name,
    layout: draft.layout,
    savedAt: draft.savedAt,
    captures,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const total = 4 + headerBytes.byteLength + bodies.reduce((sum, b) => sum + b.byteLength, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, headerBytes.byteLength);
  out.set(headerBytes, 4);
  let offset = 4 + headerBytes.byteLength;
  for (const body of bodies) {
    out.set(body, offset);
    offset += body.byteLength;
  }
  return out;
}

/**
 * Rebuilds a draft from `encodeDraft` output, each capture's Blob with its original type.
 * @throws {TypeError} when the bytes are not a draft of this codec version.
 */
export function decodeDraft(bytes: Uint8Array): Draft {
  if (bytes.byteLength < 4) throw new TypeError('Draft bytes are truncated');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  let offset = 4 + headerLength;
  if (offset > bytes.byteLength) throw new TypeError('Draft header is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, offset))) as DraftHeader;
  if (header?.v !== CODEC_VERSION) throw new TypeError(`Unknown draft version ${String(header?.v)}`);
  const captures: Draft['captures'] = {};
  for (const kind of CAPTURE_ORDER) {
    const meta = header.captures[kind];
    if (!meta) continue;
    const {type, length, ...rest} = meta;
    if (offset + length > bytes.byteLength) throw new TypeError(`Draft ${kind} bytes are truncated`);
    // slice() copies, so the Blob does not keep the whole decrypted buffer alive.
    captures[kind] = {...rest, blob: new Blob([bytes.slice(offset, offset + length)], {type})};
    offset += length;
  }
  return {
    step: header.step,
    name: header.name,
    layout: header.layout,
    savedAt: header.savedAt,
    captures,
  };
}
