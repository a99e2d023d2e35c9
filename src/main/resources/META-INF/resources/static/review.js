// Review pane behaviour: one editable note per section with the evidence on its statements, autosave with
// version checks, evidence highlighting, local times. Without this script the pane still works (text boxes,
// plain form posts, the statement lists in <noscript>); with it there is one copy of the note.
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
  var form = document.getElementById('draft-form');
  if (!form) { return; }
  var draftId = form.getAttribute('data-draft');
  var editable = form.getAttribute('data-editable') === 'true';
  var versionInput = document.getElementById('draft-version');
  var savedAt = document.getElementById('saved-at');
  var stateBadge = document.getElementById('draft-state');
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var textareas = Array.prototype.slice.call(form.querySelectorAll('textarea[data-header]'));
  var regions = Array.prototype.slice.call(form.querySelectorAll('.note-text'));
  var AUTOSAVE_DELAY_MS = 1500;
  var timer = null;
  var inFlight = null;
  var retryDelay = 5000;
  var current = null;        // the statement line the cursor is on
  var lastStatement = null;  // where Escape returns after a jump to the evidence

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

  function localTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    return d.toLocaleString([], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  // --- The note: the region is what people read and edit; its textarea (hidden) is what the form sends. ---
  function textareaOf(region) { return document.getElementById(region.getAttribute('data-for')); }

  function regionLines(region) {
    return region.innerText.split('\n').map(function (l) { return l.replace(/\u00a0/g, ' ').trim(); })
      .filter(function (l) { return l.length > 0; });
  }

  // A drafted line keeps its evidence while its text stands; a changed one is "changed by a person"; a line
  // split off a statement (Enter copies the line's attributes) or typed anew is "added".
  function markLines(region) {
    var claimed = {};
    region.querySelectorAll('.st').forEach(function (line) {
      var original = line.getAttribute('data-text');
      if (original === null) { line.className = 'st added'; return; }
      if (claimed[original] || !line.textContent.trim()) {
        ['data-text', 'data-evidence', 'data-confidence', 'data-review', 'data-accepted', 'data-chips']
          .forEach(function (a) { line.removeAttribute(a); });
        line.className = 'st added';
        return;
      }
      claimed[original] = true;
      line.classList.toggle('edited', normalize(line.textContent) !== normalize(original));
      line.classList.toggle('low-confidence', line.getAttribute('data-review') === 'true' && !line.classList.contains('edited'));
    });
  }

  function fillRegion(region, text) {
    region.textContent = '';
    text.split('\n').filter(function (l) { return l.trim(); }).forEach(function (l) {
      var line = document.createElement('div');
      line.className = 'st added';
      line.textContent = l;  // text, never HTML
      region.appendChild(line);
    });
  }

  regions.forEach(function (region) {
    var textarea = textareaOf(region);
    region.hidden = false;
    textarea.hidden = true;
    region.setAttribute('contenteditable', editable ? 'true' : 'false');
    region.tabIndex = 0;
    region.addEventListener('input', function () {
      markLines(region);
      textarea.value = regionLines(region).join('\n');
      changed();
    });
    region.addEventListener('paste', function (e) { // plain text only: no markup from elsewhere
      e.preventDefault();
      document.execCommand('insertText', false, (e.clipboardData || window.clipboardData).getData('text/plain'));
    });
    region.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.altKey && current) { // to the statement's evidence; Escape comes back
        var targets = highlight(current);
        if (targets.length) {
          e.preventDefault();
          lastStatement = region;
          reveal(targets[0], true);
          targets[0].focus();
        }
      }
    });
    region.addEventListener('mouseover', function (e) {
      var line = e.target.closest && e.target.closest('.st[data-evidence]');
      if (line) { highlight(line); }
    });
  });

  // --- Evidence: the cursor's statement shows its confidence, its chips and, if marked check, Accept/Reject. ---
  function targetsOf(line) {
    var ids = (line.getAttribute('data-evidence') || '').split(' ').filter(Boolean);
    return ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
  }

  function highlight(line) {
    document.querySelectorAll('.highlight').forEach(function (el) { el.classList.remove('highlight'); });
    var targets = targetsOf(line);
    targets.forEach(function (el) { el.classList.add('highlight'); });
    if (targets.length) { reveal(targets[0], false); }
    return targets;
  }

  function lineAtCursor() {
    var sel = window.getSelection();
    if (!sel || !sel.rangeCount) { return null; }
    var node = sel.anchorNode;
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    var line = el && el.closest ? el.closest('.note-text .st') : null;
    return line;
  }

  function chip(href, label, line) {
    var el = document.createElement(href ? 'a' : 'span');
    el.className = 'evidence' + (href ? '' : ' evidence-unlinked');
    el.textContent = label;
    if (href) {
      el.href = href;
      el.tabIndex = -1; // out of the Tab order (Alt+Enter in the note jumps); a sidebar stays a few Tabs deep
      el.addEventListener('click', function (e) { // jump to the turn or fact; Escape comes back
        var target = document.getElementById(href.substring(1));
        if (!target) { return; }
        e.preventDefault();
        lastStatement = line.closest('.note-text');
        reveal(target, true);
        target.focus();
      });
    }
    return el;
  }

  function reviewButton(action, label, text) {
    var b = document.createElement('button');
    b.type = 'submit';
    b.className = action;
    b.textContent = label;
    b.name = 'statement';
    b.value = text;
    b.formNoValidate = true;
    b.setAttribute('formaction', '/drafts/' + draftId + '/' + action);
    return b;
  }

  function showEvidence(line) {
    document.querySelectorAll('.note-text .st.active').forEach(function (el) { el.classList.remove('active'); });
    document.querySelectorAll('.evidence-bar').forEach(function (b) { b.hidden = true; });
    current = line;
    if (!line) { return; }
    line.classList.add('active');
    highlight(line);
    var bar = line.closest('.note-section').querySelector('.evidence-bar');
    bar.textContent = '';
    var text = line.getAttribute('data-text');
    var what = document.createElement('span');
    if (text === null) {
      what.textContent = 'Added by a person. ';
    } else if (line.classList.contains('edited')) {
      what.textContent = 'Changed by a person (drafted with ' + line.getAttribute('data-confidence') + ' confidence). ';
    } else if (line.classList.contains('low-confidence')) {
      var check = document.createElement('strong');
      check.className = 'confidence-low';
      check.textContent = 'check';
      what.appendChild(check);
      what.appendChild(document.createTextNode(' · ' + line.getAttribute('data-confidence') + ' likely kept. '));
    } else {
      what.textContent = line.getAttribute('data-confidence') + ' likely kept'
        + (line.getAttribute('data-accepted') === 'true' ? ', accepted by a person. ' : '. ');
    }
    bar.appendChild(what);
    if (text !== null) {
      var chips = JSON.parse(line.getAttribute('data-chips') || '[]');
      if (chips.some(function (c) { return c[0]; })) {
        var hint = document.createElement('span');
        hint.className = 'hint';
        hint.textContent = 'Evidence (Alt+Enter): ';
        bar.appendChild(hint);
      }
      chips.forEach(function (c) {
        bar.appendChild(chip(c[0], c[1], line));
        bar.appendChild(document.createTextNode(' '));
      });
      if (editable && line.classList.contains('low-confidence')) {
        bar.appendChild(reviewButton('accept', 'Accept', text));
        bar.appendChild(document.createTextNode(' '));
        bar.appendChild(reviewButton('reject', 'Reject', text));
      }
    }
    bar.hidden = false;
  }

  document.addEventListener('selectionchange', function () {
    var line = lineAtCursor();
    if (line && line !== current) { showEvidence(line); }
  });

  // scrollIntoView alone can leave the target just outside its own scrolling column when the page scrolls too.
  function reveal(el, open) {
    var drawer = el.closest('details.drawer');
    if (drawer && !drawer.open) {
      if (!open) { return; }  // a hover or a cursor move never opens a closed drawer
      drawer.open = true;
    }
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

  // --- Autosave ---
  function changed() {
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
  }

  function showConflict(problem) {
    var yours = [];
    Object.keys(problem.yours).forEach(function (h) { yours.push(h + '\n' + problem.yours[h]); });
    var panel = document.getElementById('conflict');
    document.getElementById('your-text').value = yours.join('\n\n');
    panel.hidden = false;
    problem.current.sections.forEach(function (s) {
      textareas.forEach(function (t) {
        if (t.getAttribute('data-header') !== s.header) { return; }
        t.value = s.text;
        regions.forEach(function (r) { if (textareaOf(r) === t) { fillRegion(r, s.text); } });
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
    // A form post (Save, Sign, Accept…) must carry the latest version: let a running save finish first.
    form.addEventListener('submit', function (e) {
      if (timer) { clearTimeout(timer); timer = null; }
      if (inFlight) {
        e.preventDefault();
        var submitter = e.submitter;
        inFlight.then(function () { if (submitter) { submitter.click(); } else { form.submit(); } });
      }
    });
  }
  regions.forEach(markLines);
})();
