// Review pane behaviour: autosave with version checks, evidence highlighting, edited-statement marks.
// The pane works without this script (plain form posts); this makes it faster and safer to use.
(function () {
  'use strict';

  document.querySelectorAll('time[datetime]').forEach(function (t) {
    t.title = t.getAttribute('datetime');
    t.textContent = localTime(t.getAttribute('datetime'));
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

  function normalize(s) { return s.trim().replace(/\s+/g, ' ').toLowerCase(); }

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

  // --- Edited marks: a drafted statement is "changed by a person" once its line no longer stands. ---
  function markEdited(textarea) {
    var lines = textarea.value.split(/\r?\n/).map(normalize);
    var list = textarea.parentNode.querySelector('.statements');
    if (!list) { return; }
    list.querySelectorAll('.statement[data-text]').forEach(function (li) {
      var kept = lines.indexOf(normalize(li.getAttribute('data-text'))) >= 0;
      li.classList.toggle('edited', !kept);
    });
  }

  function renderAdded(textarea, added) {
    var list = textarea.parentNode.querySelector('.statements');
    if (!list) {
      if (!added.length) { return; }
      list = document.createElement('ul');
      list.className = 'statements';
      textarea.parentNode.appendChild(list);
    }
    list.querySelectorAll('.statement.added').forEach(function (li) { li.remove(); });
    added.forEach(function (line) {
      var li = document.createElement('li');
      li.className = 'statement added';
      li.tabIndex = 0;
      var text = document.createElement('span');
      text.className = 'statement-text';
      text.textContent = line;  // text, never HTML
      var mark = document.createElement('span');
      mark.className = 'added-mark';
      mark.textContent = 'added by a person';
      li.appendChild(text);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(mark);
      list.appendChild(li);
    });
  }

  function applySaved(json) {
    versionInput.value = json.version;
    form.setAttribute('data-version', json.version);
    stateBadge.textContent = json.stateLabel;
    stateBadge.className = 'state state-' + json.state;
    json.sections.forEach(function (s) {
      var t = textareas.filter(function (x) { return x.getAttribute('data-header') === s.header; })[0];
      if (t) { renderAdded(t, s.added); }
    });
    setStatus('Saved version ' + json.version + ' at ' + localTime(json.updatedAt)
      + (json.updatedByName ? ' by ' + json.updatedByName : ''), 'ok');
  }

  // One time format everywhere, in the reader's own zone; the exact ISO time stays in the tooltip.
  function localTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    return d.toLocaleString([], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function showConflict(problem) {
    var yours = [];
    Object.keys(problem.yours).forEach(function (h) { yours.push(h + '\n' + problem.yours[h]); });
    var panel = document.getElementById('conflict');
    document.getElementById('your-text').value = yours.join('\n\n');
    panel.hidden = false;
    problem.current.sections.forEach(function (s) {
      textareas.forEach(function (t) {
        if (t.getAttribute('data-header') === s.header) { t.value = s.text; markEdited(t); renderAdded(t, s.added); }
      });
    });
    versionInput.value = problem.current.version;
    setStatus('Not saved: someone else saved version ' + problem.current.version + '. Your text is shown above.', 'warn');
    panel.scrollIntoView({ block: 'start' });
  }

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
        applySaved(res.body);
      } else if (res.status === 409 && res.body.current) {
        showConflict(res.body);
      } else if (res.status === 401) {
        setStatus('Not saved: your session has ended. ' + (res.body.detail || '') + ' Your text is still on this page.', 'error');
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
    textareas.forEach(function (t) {
      t.addEventListener('input', function () {
        markEdited(t);
        setStatus('Unsaved changes…', 'pending');
        if (timer) { clearTimeout(timer); }
        timer = setTimeout(save, AUTOSAVE_DELAY_MS);
      });
    });
    // A form post (Save, Sign, Mark ready) must carry the latest version: let a running save finish first.
    form.addEventListener('submit', function (e) {
      if (timer) { clearTimeout(timer); timer = null; }
      if (inFlight) {
        e.preventDefault();
        var submitter = e.submitter;
        inFlight.then(function () { if (submitter) { submitter.click(); } else { form.submit(); } });
      }
    });
  }

  // --- Linked evidence: focus or click a statement, see (and jump to) what it rests on. ---
  function targetsOf(li) {
    var ids = (li.getAttribute('data-evidence') || '').split(' ').filter(Boolean);
    return ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
  }

  function highlight(li) {
    document.querySelectorAll('.highlight').forEach(function (el) { el.classList.remove('highlight'); });
    document.querySelectorAll('.statement.active').forEach(function (el) { el.classList.remove('active'); });
    li.classList.add('active');
    var targets = targetsOf(li);
    targets.forEach(function (el) { el.classList.add('highlight'); });
    if (targets.length) { reveal(targets[0]); }
    return targets;
  }

  // scrollIntoView alone can leave the target just outside its own scrolling column when the page scrolls too.
  function reveal(el) {
    el.scrollIntoView({ block: 'nearest' });
    for (var box = el.parentElement; box; box = box.parentElement) {
      var overflow = getComputedStyle(box).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
        var r = el.getBoundingClientRect(), c = box.getBoundingClientRect();
        if (r.top < c.top) { box.scrollTop -= c.top - r.top + 8; }
        else if (r.bottom > c.bottom) { box.scrollTop += Math.min(r.bottom - c.bottom + 8, r.top - c.top - 8); }
        return;
      }
    }
  }

  document.querySelectorAll('.statement[data-evidence]').forEach(function (li) {
    li.addEventListener('focus', function () { highlight(li); });
    li.addEventListener('click', function () { highlight(li); });
    li.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target === li) { // not Enter on its Accept/Reject buttons
        var targets = highlight(li);
        if (targets.length) { lastStatement = li; targets[0].focus(); e.preventDefault(); }
      }
    });
  });
  // Escape on the turn or chart fact an Enter jumped to goes back to the statement.
  var lastStatement = null;
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && lastStatement && document.activeElement
        && document.activeElement.classList.contains('highlight')) {
      lastStatement.focus();
      lastStatement = null;
    } else if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S') && editable) {
      e.preventDefault(); // the browser's "save page" would store the PHI on disk
      if (timer) { clearTimeout(timer); }
      save();
    }
  });
  textareas.forEach(markEdited);
})();
