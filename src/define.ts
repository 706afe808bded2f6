/**
 * Registers `<id-verification-profile>` (and its step elements). Safe to load twice: a second copy of
 * the script, or this module next to the script-tag bundle, leaves the first registration in place.
 */
import {IdVerificationProfile} from './id-verification-profile.js';

if (typeof customElements !== 'undefined') IdVerificationProfile.define(); // nothing to register on a server (SSR)

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'id-verification-profile': IdVerificationProfile;
  }
}
