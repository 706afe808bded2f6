import type {Capture, IdLayout} from '../types.js';

/**
 * A person's unfinished profile, saved as they go so that a reload resumes where they left off.
 * Everything in it (name and pictures included) is encrypted before it reaches IndexedDB.
 */
export interface Draft {
  /** The flow step to resume at (the element's step name). */
  step: string;
  /** The full name typed so far. */
  name: string;
  /** Whether name and photo are on the same side of the ID, once the person has said. */
  layout: IdLayout | null;
  /** The pictures taken so far. */
  captures: {selfie?: Capture; document?: Capture};
  /** When the draft was saved (milliseconds since the epoch, from the storage clock). Drives expiry. */
  savedAt: number;
}

/**
 * What the caller hands to `saveDraft`: a draft without `savedAt`. Storage stamps it from its own clock
 * (overriding any `savedAt` passed along) so expiry is judged by the same clock that set it.
 */
export type DraftInput = Omit<Draft, 'savedAt'>;
