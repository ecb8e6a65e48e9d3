// The admin page: signs in with the admin token (kept in sessionStorage, this tab only), shows the
// review queue and the audit log, and sends decisions. Every piece of user data goes in as text.
'use strict';

const TOKEN_KEY = 'worthit.adminToken';
const $ = (id) => document.getElementById(id);

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

function say(text, isError) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { 'Authorization': 'Bearer ' + token(), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 401) {
    signOut('The admin token was not accepted.');
    throw new Error('unauthorized');
  }
  if (!response.ok) {
    throw new Error((json && json.detail) || ('HTTP ' + response.status));
  }
  return json;
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = String(text);
  }
  return e;
}

function button(label, action, id) {
  const b = element('button', 'decide', label);
  b.type = 'button';
  b.dataset.action = action;
  b.dataset.id = id;
  b.addEventListener('click', () => decide(action, id));
  return b;
}

function fill(list, items, render) {
  list.replaceChildren();
  if (items.length === 0) {
    list.append(element('li', 'empty', 'Nothing here.'));
  }
  for (const item of items) {
    list.append(render(item));
  }
}

function claimItem(c) {
  const li = element('li', 'claim');
  li.dataset.id = c.claimId;
  li.append(element('div', 'key', c.groupKey));
  li.append(element('div', 'meta', c.status + ' · phrase ' + c.phrase + ' · by account ' + c.account + ' · ' + c.createdAt));
  li.append(button('Approve', 'claims/approve', c.claimId), button('Reject', 'claims/reject', c.claimId));
  return li;
}

function changes(c) {
  return 'rules ' + JSON.stringify(c.rules) + ' · fields ' + JSON.stringify(c.fields);
}

function correctionItem(c, actions) {
  const li = element('li', 'correction');
  li.dataset.id = c.correctionId;
  li.dataset.status = c.status;
  const by = c.acceptedBy ? ' by ' + c.acceptedBy : '';
  li.append(element('div', 'key', c.key + (c.groupKey && c.groupKey !== c.key ? ' (group ' + c.groupKey + ')' : '')));
  li.append(element('div', 'meta', c.status + by + ' · from account ' + c.author + ' · ' + c.createdAt));
  li.append(element('div', 'changes', changes(c)));
  li.append(element('div', 'explanation', c.explanation));
  for (const [label, action] of actions) {
    li.append(button(label, action, c.correctionId));
  }
  return li;
}

function reviewActions(c) {
  const actions = [['Accept', 'corrections/accept'], ['Reject', 'corrections/reject']];
  if (c.status === 'applied') {
    actions.push(['Revert', 'corrections/revert']);
  }
  return actions;
}

function disputeItem(d) {
  const li = element('li', 'dispute');
  li.dataset.id = d.disputeId;
  li.append(element('div', 'meta', 'Dispute of correction ' + d.correctionId + ' · from account ' + d.author + ' · ' + d.createdAt));
  li.append(element('div', 'explanation', d.reason));
  li.append(button('Keep the correction', 'corrections/accept', d.correctionId),
      button('Revert the correction', 'corrections/revert', d.correctionId));
  return li;
}

function auditRow(e) {
  const tr = element('tr');
  tr.dataset.action = e.action;
  for (const [value, cls] of [[e.seq], [e.at], [e.actor], [e.action], [e.key], [e.detail, 'what'], [e.reason]]) {
    tr.append(element('td', cls, value));
  }
  return tr;
}

async function load() {
  const [queue, applied, audit] = await Promise.all([
    api('GET', '/api/v1/admin/queue'),
    api('GET', '/api/v1/admin/corrections?status=applied'),
    api('GET', '/api/v1/admin/audit?limit=100'),
  ]);
  fill($('claims'), queue.claims, claimItem);
  fill($('corrections'), queue.corrections, (c) => correctionItem(c, reviewActions(c)));
  fill($('disputes'), queue.disputes, disputeItem);
  fill($('applied'), applied.corrections, (c) => correctionItem(c, [['Revert', 'corrections/revert']]));
  const body = $('audit').tBodies[0];
  body.replaceChildren(...audit.entries.map(auditRow));
}

async function decide(action, id) {
  const [kind, verb] = action.split('/');
  const reason = $('reason').value.trim();
  try {
    await api('POST', '/api/v1/admin/' + kind + '/' + encodeURIComponent(id) + '/' + verb, reason ? { reason } : {});
    $('reason').value = '';
    await load();
    say('Done: ' + verb + ' ' + kind.replace(/s$/, '') + ' ' + id + '.');
  } catch (e) {
    if (e.message !== 'unauthorized') {
      say('Failed: ' + e.message, true);
    }
  }
}

function showSignedIn(signedIn) {
  $('signin').hidden = signedIn;
  $('review').hidden = !signedIn;
  $('signout').hidden = !signedIn;
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  showSignedIn(false);
  say(message || 'Signed out.', Boolean(message));
}

async function start() {
  showSignedIn(true);
  try {
    await load();
    say('Signed in.');
  } catch (e) {
    if (e.message !== 'unauthorized') {
      say('Could not load the queue: ' + e.message, true);
    }
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('signin').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    $('token').value = '';
    start();
  });
  $('signout').addEventListener('click', () => signOut());
  if (token()) {
    start();
  } else {
    showSignedIn(false);
  }
});
