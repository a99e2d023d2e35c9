// Review pane behaviour: autosave with version checks, conflicts, Ctrl/Cmd+S, local times, the sidebar's
// drawers, History's restore confirmation. The note itself is note.js. Without scripts the pane still works
// (text boxes, plain form posts, the statement lists in <noscript>); with them there is one copy of the note.
(function () {
  'use strict';

  document.querySelectorAll('time[datetime]').forEach(function (t) {
    t.title = t.getAttribute('datetime');
    t.textContent = localTime(t.getAttribute('datetime'));
  });
  // Narrow sidebar: the note first, transcript and chart as closed drawers under it.
  if (window.matchMedia && window.matchMedia('(max-width: 999px)').matches) {
    document.querySelectorAll('details.drawer:not([data-keep-open])').forEach(function (d) { d.open = false; });
  }
  document.querySelectorAll('.restore-form').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      if (!window.confirm(f.querySelector('button').textContent + '? Its text replaces the current text of every '
          + 'section (compare them first to see what changes); the versions in between stay in the history.')) {
        e.preventDefault();
      }
    });
  });
  var form = document.getElementById('draft-form');
  if (!form) { return; }
  var draftId = form.getAttribute('data-draft');
  var editable = form.getAttribute('data-editable') === 'true';
  var versionInput = document.getElementById('draft-version');
  var savedAt = document.getElementById('saved-at');
  var stateBadge = document.getElementById('draft-state');
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var textareas = Array.prototype.slice.call(form.querySelectorAll('textarea[data-header]'));
  var AUTOSAVE_DELAY_MS = 1500;
  var timer = null;
  var inFlight = null;
  var retryDelay = 5000;
  var dirty = false;         // typed text not yet saved

  function version() { return parseInt(versionInput.value, 10); }

  function setStatus(text, kind) {
    savedAt.textContent = text;
    savedAt.className = 'saved-at' + (kind ? ' ' + kind : '');
  }

  function sections() {
    var out = {};
    textareas.forEach(function (t) { out[t.getAttribute('data-header')] = t.value; });
    return out;
  }

  function localTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    return d.toLocaleString([], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S') && editable) {
      e.preventDefault(); // the browser's "save page" would store the PHI on disk
      if (timer) { clearTimeout(timer); }
      save();
    }
  });
  form.addEventListener('note-input', changed);

  // --- Autosave ---
  function changed() {
    dirty = true;
    var again = document.querySelector('[data-after-change]'); // "mark ready again" once the readied text changed
    if (again) { again.hidden = false; }
    setStatus('Unsaved changes…', 'pending');
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, AUTOSAVE_DELAY_MS);
  }

  function applySaved(json) {
    versionInput.value = json.version;
    form.setAttribute('data-version', json.version);
    stateBadge.textContent = json.stateLabel;
    stateBadge.className = 'state state-' + json.state;
    setStatus('Saved version ' + json.version + ' at ' + localTime(json.updatedAt)
      + (json.updatedByName ? ' by ' + json.updatedByName : ''), 'ok');
    document.dispatchEvent(new CustomEvent('scribe:saved')); // findings.js reads the checks again
  }

  // Someone else's saved text into the note (their sections; the rest stays as it is).
  function showText(saved) {
    saved.forEach(function (s) {
      textareas.forEach(function (t) {
        if (t.getAttribute('data-header') !== s.header) { return; }
        t.value = s.text;
        var region = form.querySelector('.note-text[data-for="' + t.id + '"]');
        if (region && window.scribeNote) { window.scribeNote.fill(region, s.text); }
      });
    });
  }

  function showConflict(problem) {
    var yours = [];
    textareas.forEach(function (t) {
      var h = t.getAttribute('data-header');
      if (problem.yours[h] !== undefined) { yours.push(h + '\n' + problem.yours[h]); }
    });
    var panel = document.getElementById('conflict');
    document.getElementById('your-text').value = yours.join('\n\n');
    panel.hidden = false;
    showText(problem.current.sections);
    versionInput.value = problem.current.version;
    setStatus('Not saved: ' + (problem.current.updatedByName || 'someone else') + ' saved version '
      + problem.current.version + ' meanwhile. Your text is shown above.', 'warn');
    panel.scrollIntoView({ block: 'start' });
  }

  // The note was signed meanwhile: nothing typed here can be saved any more; say so and stop editing.
  function stopEditing(message) {
    editable = false;
    if (timer) { clearTimeout(timer); timer = null; }
    form.querySelectorAll('.note-text').forEach(function (r) { r.setAttribute('contenteditable', 'false'); });
    form.querySelectorAll('.actions button, .evidence-bar button').forEach(function (b) { b.disabled = true; });
    stateBadge.textContent = 'Signed by someone else';
    setStatus(message, 'error');
    savedAt.scrollIntoView({ block: 'nearest' });
  }

  // Back in the pane (focus, the tab shown again): a colleague may have saved or signed meanwhile. When nothing
  // typed here waits to be saved, show their text now rather than at the next save's conflict. Only on return,
  // never on a timer: an open tab must not keep an idle session alive.
  var lastCheck = 0;
  function checkForNewer() {
    if (!editable || dirty || inFlight || Date.now() - lastCheck < 1000) { return; }
    lastCheck = Date.now();
    fetch('/api/drafts/' + draftId, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; }, function () { return null; })
      .then(function (d) {
        if (!d || dirty || inFlight || !editable) { return; }
        if (d.state === 'signed' || d.state === 'written') {
          stopEditing((d.updatedByName || 'Someone else') + ' signed this note meanwhile. Reload to see it.');
        } else if (d.version > version()) {
          showText(d.sections);
          applySaved(d);
          setStatus('Updated while you were away: ' + savedAt.textContent, 'ok');
        }
      });
  }
  window.addEventListener('focus', checkForNewer);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { checkForNewer(); } });

  function save() {
    timer = null;
    if (inFlight) { timer = setTimeout(save, 300); return inFlight; }
    setStatus('Saving…', '');
    inFlight = fetch('/api/drafts/' + draftId, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
                 'If-Match': '"' + version() + '"', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ sections: sections() })
    }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; },
                           function () { return { status: r.status, body: {} }; });
    }).then(function (res) {
      if (res.status === 200) {
        retryDelay = 5000;
        if (!timer) { dirty = false; }
        applySaved(res.body);
      } else if (res.status === 409 && res.body.current) {
        showConflict(res.body);
      } else if (res.status === 401) {
        setStatus('Not saved: your session has ended. ' + (res.body.detail || '') + ' Your text is still on this page.', 'error');
      } else if (res.status === 409) {
        stopEditing('Not saved: ' + (res.body.title || 'the note was closed') + '. Reload to see the signed note; '
          + 'your text is still on this page to copy.');
      } else if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        // Trying again cannot help (the note was signed meanwhile, the text is too long…): say so and stop.
        setStatus('Not saved: ' + (res.body.title || ('HTTP ' + res.status)) + '. '
          + (res.body.detail || '') + ' Your text is still on this page.', 'error');
      } else {
        setStatus('Not saved: ' + (res.body.title || ('HTTP ' + res.status)) + '. Your text is still here; retrying…', 'error');
        timer = setTimeout(save, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 60000);
      }
    }, function () {
      setStatus('Not saved: Scribe cannot be reached. Your text is still here; retrying…', 'error');
      timer = setTimeout(save, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 60000);
    }).then(function () { inFlight = null; });
    return inFlight;
  }

  if (editable) {
    // A form post (Save, Sign, Accept…) must carry the latest version: let a running save finish first.
    form.addEventListener('submit', function (e) {
      dirty = false; // the post carries the text
      if (timer) { clearTimeout(timer); timer = null; }
      if (inFlight) {
        e.preventDefault();
        var submitter = e.submitter;
        inFlight.then(function () { if (submitter) { submitter.click(); } else { form.submit(); } });
      }
    });
    window.addEventListener('beforeunload', function (e) {
      if (dirty) { e.preventDefault(); e.returnValue = ''; }
    });
  }
})();
