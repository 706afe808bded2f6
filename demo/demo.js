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

async function fetchChallenge() {
  try {
    const response = await fetch('/api/challenge', {method: 'GET', cache: 'no-store'});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const {challenge} = await response.json();
    element.challenge = challenge;
    record(`challenge issued: ${challenge.slice(0, 12)}…`);
  } catch (error) {
    record(`no challenge (is the demo server running?): ${error.message}`);
  }
}

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
    void fetchChallenge(); // a challenge is good for one submission only
    return response; // the element treats a response that is not ok (409, 500…) as a retryable failure
  });
  e.respondWith(forwarding);
});

void fetchChallenge();
