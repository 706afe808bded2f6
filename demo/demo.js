// The host page's side: fetch a challenge from the backend, log the element's events, forward the
// submission and show the backend's verdict. Loaded as an external script so the page runs under a
// strict Content-Security-Policy.
const element = document.getElementById('idv');
const log = document.getElementById('log');
const verdict = document.getElementById('verdict');

function record(text) {
  const item = document.createElement('li');
  item.textContent = text; // never innerHTML: names are untrusted input
  log.prepend(item);
}

/**
 * A fresh challenge for this person's session, asked for at the moment of signing (the element calls
 * this for every attempt), so a page left open past a challenge's lifetime still submits. The demo
 * has no sign-in: the page names its profile id and the server opens a session for it.
 */
async function fetchChallenge() {
  const response = await fetch(`/api/challenge?sub=${encodeURIComponent(element.profileId)}`, {cache: 'no-store'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const {challenge} = await response.json();
  record(`challenge issued: ${challenge.slice(0, 12)}…`);
  return challenge;
}
element.getChallenge = fetchChallenge;

/**
 * What the backend knows about this person, asked once on load: it wins over what the element remembers
 * on this device, so a rejection shows its reason with a way to redo the profile, an approval shows
 * "complete", and a profile the backend never received is not shown as on file. Without a session for
 * this profile id (nothing submitted from this browser yet) the element's own record applies.
 */
async function applyBackendStatus() {
  const response = await fetch('/api/status', {cache: 'no-store'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const {sub, status, reason} = await response.json();
  // No session yet (sub null), or one for another profile id: nothing known about this one.
  if (sub !== element.profileId) return;
  element.statusReason = reason ?? '';
  element.status = status;
  record(`backend status: ${status}${reason ? ` (${reason})` : ''}`);
}
applyBackendStatus().catch((error) => record(`backend status unavailable: ${error.message}`));

element.addEventListener('idv-step', (e) => record(`idv-step: ${e.detail.previous} → ${e.detail.step}`));
element.addEventListener('idv-capture', (e) => record(`idv-capture: ${e.detail.kind}`));
element.addEventListener('idv-error', (e) => record(`idv-error: ${e.detail.code} — ${e.detail.message}`));
element.addEventListener('idv-submit', (e) => {
  const submission = e.detail;
  record(`idv-submit: JWS of ${submission.jws.length} characters`);
  const forwarding = fetch('/api/submissions', {method: 'POST', body: submission.toFormData()}).then(async (response) => {
    const body = await response.json().catch(() => ({}));
    verdict.textContent = response.ok
      ? `Server verified the submission: ${body.name ?? ''} (key ${String(body.kid ?? '').slice(0, 10)}…)`
      : `Server refused the submission: ${body.reason ?? response.status}`;
    record(`server: ${response.status} ${JSON.stringify(body)}`);
    return response; // the element treats a response that is not ok (409, 500…) as a retryable failure
  });
  e.respondWith(forwarding);
});

