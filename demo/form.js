// form.html's only script: tells the element where to get a fresh one-time challenge when it signs.
// Everything else is the browser's own form submission. (The demo has no sign-in: the page names its
// profile id and the server opens a session for it.)
const element = document.getElementById('idv');
element.getChallenge = async () => {
  const response = await fetch(`/api/challenge?sub=${encodeURIComponent(element.profileId)}`, {cache: 'no-store'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()).challenge;
};
