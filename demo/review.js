// The reviewer page: lists the pending profiles with both photos, the signed name, the layout, every
// check the device measured and the verifier's result, and records approve / reject decisions.
// No framework; DOM built with textContent only (names and reasons are untrusted input), under the
// demo's strict CSP. The token travels as an Authorization header, never as a cookie, so no other
// site can make this browser decide anything; photos are fetched with it and shown as blob: URLs.
const TOKEN_KEY = 'idv-reviewer-token';
const signIn = document.getElementById('sign-in');
const message = document.getElementById('message');
const queue = document.getElementById('queue');
const template = document.getElementById('submission-template');
const refresh = document.getElementById('refresh');
const photoUrls = [];

/** The token from the start-up link's #token= (then taken out of the address bar), else this tab's. */
function takeToken() {
  const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromLink) {
    sessionStorage.setItem(TOKEN_KEY, fromLink);
    history.replaceState(null, '', location.pathname);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function api(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const response = await fetch(path, {...options, cache: 'no-store', headers: {...options.headers, authorization: `Bearer ${token}`}});
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    showSignIn('That token was not accepted. Paste the one the demo server printed.');
    throw new Error('not signed in');
  }
  return response;
}

function showSignIn(text = '') {
  signIn.hidden = false;
  refresh.hidden = true;
  queue.replaceChildren();
  message.textContent = text;
}

const formatValue = (value) => (value === null ? 'not measured' : typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : String(value));

function fact(list, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

async function showPhoto(img, url, what) {
  const response = await api(url);
  if (!response.ok) {
    img.alt = `${what} could not be loaded (HTTP ${response.status})`;
    return;
  }
  const objectUrl = URL.createObjectURL(await response.blob());
  photoUrls.push(objectUrl);
  img.src = objectUrl;
}

function render(submission, reasons) {
  const node = template.content.firstElementChild.cloneNode(true);
  const headingId = `submission-${submission.id}`;
  node.setAttribute('aria-labelledby', headingId);
  const heading = node.querySelector('.name');
  heading.id = headingId;
  heading.textContent = submission.name;

  const facts = node.querySelector('.facts');
  fact(facts, 'Signed name', submission.name);
  fact(facts, 'Profile id', submission.sub);
  fact(facts, 'Layout', submission.layout === 'two-sided' ? 'two-sided: the selfie also shows the ID photo side; the ID photo is the name side' : 'one-sided: name and photo on the same side');
  fact(facts, 'Received', new Date(submission.receivedAt).toLocaleString());
  fact(facts, 'Signed at', new Date(submission.signedAt * 1000).toLocaleString());
  fact(facts, 'Device key', submission.kid);
  fact(facts, 'Cameras', `selfie: ${submission.captures.selfie.camera.label || 'no label'} · ID: ${submission.captures.document.camera.label || 'no label'}`);

  const selfie = node.querySelector('img.selfie');
  selfie.alt = `Selfie of ${submission.name}`;
  selfie.width = submission.captures.selfie.width;
  selfie.height = submission.captures.selfie.height;
  const idPhoto = node.querySelector('img.document');
  idPhoto.alt = `ID photo submitted by ${submission.name}`;
  idPhoto.width = submission.captures.document.width;
  idPhoto.height = submission.captures.document.height;
  void showPhoto(selfie, submission.captures.selfie.photo, 'Selfie');
  void showPhoto(idPhoto, submission.captures.document.photo, 'ID photo');

  const rows = node.querySelector('.checks tbody');
  for (const [kind, label] of [['selfie', 'Selfie'], ['document', 'ID']]) {
    for (const [check, {value, verdict}] of Object.entries(submission.captures[kind].checks)) {
      const row = rows.insertRow();
      row.insertCell().textContent = label;
      row.insertCell().textContent = check;
      row.insertCell().textContent = formatValue(value);
      const cell = row.insertCell();
      cell.textContent = verdict;
      cell.className = `verdict-${verdict}`;
    }
  }

  node.querySelector('.verdict').textContent =
    `${submission.verifier.verdict}: signature, challenge, freshness, origin, profile id and both photos' digests hold. Key storage: ${submission.verifier.keyStorage}.`;
  const warnings = node.querySelector('.warnings');
  for (const warning of submission.verifier.warnings) {
    const item = document.createElement('li');
    item.textContent = warning;
    warnings.append(item);
  }
  if (submission.verifier.warnings.length === 0) warnings.hidden = true;

  const form = node.querySelector('form.decision');
  const select = form.querySelector('select.reason');
  for (const {id, label} of reasons) select.add(new Option(label, id));
  const otherText = form.querySelector('.other-text');
  const text = otherText.querySelector('input');
  select.addEventListener('change', () => {
    otherText.hidden = select.value !== 'other';
    text.required = select.value === 'other';
  });
  const decide = (body, describe) => async () => {
    form.querySelector('fieldset').disabled = true;
    const response = await api(`/api/review/submissions/${submission.id}/decision`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (response.ok) {
      message.textContent = `${describe}: ${submission.name}`;
      node.remove();
      if (!queue.querySelector('.submission')) showEmpty();
    } else {
      message.textContent = `The decision was not recorded: ${answer.message ?? answer.reason ?? response.status}`;
      form.querySelector('fieldset').disabled = false;
    }
  };
  form.querySelector('button.approve').addEventListener('click', decide({decision: 'approve'}, 'Approved'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = select.value;
    const label = select.selectedOptions[0]?.textContent ?? reason;
    const body = reason === 'other' ? {decision: 'reject', reason, text: text.value} : {decision: 'reject', reason};
    void decide(body, `Rejected (${reason === 'other' ? text.value : label})`)();
  });
  return node;
}

function showEmpty() {
  const empty = document.createElement('p');
  empty.textContent = 'Nothing is waiting for review.';
  queue.replaceChildren(empty);
}

async function load() {
  const response = await api('/api/review/submissions');
  if (!response.ok) {
    message.textContent = `The queue could not be loaded (HTTP ${response.status}).`;
    return;
  }
  const {pending, reasons} = await response.json();
  signIn.hidden = true;
  refresh.hidden = false;
  for (const url of photoUrls.splice(0)) URL.revokeObjectURL(url);
  if (pending.length === 0) return showEmpty();
  queue.replaceChildren(...pending.map((submission) => render(submission, reasons)));
}

refresh.addEventListener('click', () => {
  message.textContent = '';
  void load().catch(() => {});
});

signIn.addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, new FormData(signIn).get('token').trim());
  message.textContent = '';
  void load().catch(() => {});
});

if (takeToken()) void load().catch(() => {});
else showSignIn();
