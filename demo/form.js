// form.html's only script: puts a fresh one-time challenge on the element. Everything else is the
// browser's own form submission. (A server-rendered page would write the challenge attribute instead.)
const element = document.getElementById('idv');
const response = await fetch('/api/challenge', {cache: 'no-store'});
if (response.ok) element.challenge = (await response.json()).challenge;
