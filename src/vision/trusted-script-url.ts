/**
 * The element's own Trusted Types policy, through which (and only through which) it creates its Worker.
 *
 * Under `require-trusted-types-for 'script'`, `new Worker(url)` refuses a plain string; a page lists the
 * policies it allows in its `trusted-types` directive, so the host adds {@link TRUSTED_TYPES_POLICY_NAME}
 * there. The policy turns a URL into a script URL only when it is of the page's own origin: it can never be
 * used to load someone else's code, even by code on the page that gets hold of it.
 */

/** The policy's name: what a host lists in `trusted-types`. */
export const TRUSTED_TYPES_POLICY_NAME = 'id-verification-profile';

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createScriptURL(input: string): string}): ScriptUrlPolicy;
}

/**
 * Kept on the global object under a registered symbol: with two copies of the element on a page (an npm
 * copy and a script tag), the second must reuse the first's policy, since a name can be created only once
 * unless the page also allows 'allow-duplicates'.
 */
const SHARED_POLICY = Symbol.for('id-verification-profile.trusted-types-policy');

/** Why the Worker's URL could not be made: the policy was refused, or the URL is of another origin. */
export class TrustedScriptUrlError extends Error {
  constructor(
    message: string,
    readonly reason: 'policy-refused' | 'cross-origin',
  ) {
    super(message);
    this.name = 'TrustedScriptUrlError';
  }
}

/** Same-origin URLs only; the rule inside the policy. */
function sameOriginOnly(input: string): string {
  const url = new URL(input, location.href);
  if (url.origin !== location.origin) {
    throw new TrustedScriptUrlError(`${url.href} is not of this page's origin (${location.origin})`, 'cross-origin');
  }
  return url.href;
}

/**
 * What to pass to `new Worker()` for `url`: a `TrustedScriptURL` made by the element's policy where the
 * browser has Trusted Types, else the plain URL string (checked to be same-origin either way).
 * @throws TrustedScriptUrlError when the page's CSP does not allow the policy, or `url` is cross-origin
 */
export function trustedWorkerUrl(url: URL): string | object {
  const href = sameOriginOnly(url.href);
  const factory = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return href;
  const global = globalThis as unknown as Record<symbol, ScriptUrlPolicy | undefined>;
  let policy = global[SHARED_POLICY];
  if (!policy) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {createScriptURL: sameOriginOnly});
    } catch (error) {
      throw new TrustedScriptUrlError(
        `the Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}" could not be created (${(error as Error).message})`,
        'policy-refused',
      );
    }
    global[SHARED_POLICY] = policy;
  }
  return policy.createScriptURL(href) as object;
}
