// Safety findings in the review pane: each finding's line in the note gets a mark in the finding's colour, and
// the finding's "where" becomes a button that puts the cursor on that line (evidence.js's way, with its evidence). After every save (review.js says
// so with a 'scribe:saved' event) the findings are read again for the saved text and the list is redrawn.
(function () {
  'use strict';

  var form = document.getElementById('draft-form');
  var section = document.getElementById('findings');
  if (!form || !section) { return; }
  var draftId = form.getAttribute('data-draft');
  var canAcknowledge = form.getAttribute('data-editable') === 'true' && form.getAttribute('data-can-sign') === 'true';

  function lineOf(finding) {
    var header = finding.getAttribute('data-section');
    var text = (finding.getAttribute('data-line') || '').replace(/\s+/g, ' ').trim();
    var area = Array.prototype.filter.call(form.querySelectorAll('textarea[data-header]'), function (t) {
      return t.getAttribute('data-header') === header;
    })[0];
    var region = text && area && document.querySelector('.note-text[data-for="' + area.id + '"]');
    if (!region) { return null; }
    return Array.prototype.filter.call(region.children, function (l) {
      return l.textContent.replace(/\s+/g, ' ').trim() === text;
    })[0] || null;
  }

  function mark() {
    form.querySelectorAll('.note-text .st[data-finding]').forEach(function (l) {
      l.classList.remove('finding-mark-critical', 'finding-mark-warning');
      l.removeAttribute('data-finding');
      l.removeAttribute('title');
    });
    section.querySelectorAll('.finding[data-line]').forEach(function (finding) {
      var line = lineOf(finding);
      var where = finding.querySelector('.finding-where');
      if (!line || !where) { return; }
      var severity = finding.classList.contains('finding-critical') ? 'critical' : 'warning';
      if (!line.classList.contains('finding-mark-critical')) { line.classList.add('finding-mark-' + severity); }
      line.setAttribute('data-finding', severity);
      line.setAttribute('title', finding.querySelector('.finding-message').textContent);
      var go = document.createElement('button');
      go.type = 'button';
      go.className = 'go-to-line';
      go.textContent = where.textContent;
      go.setAttribute('aria-label', 'Go to the line: ' + finding.getAttribute('data-line'));
      go.addEventListener('click', function () {
        document.dispatchEvent(new CustomEvent('scribe:go-to-line', { detail: line })); // evidence.js goes there
      });
      where.textContent = '';
      where.appendChild(go);
    });
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // One finding as the page draws it (pane.html), built from the API's JSON without any markup from the text.
  function item(f) {
    var li = el('li', 'finding finding-' + f.severity);
    li.id = 'finding-' + f.key;
    li.tabIndex = -1;
    li.setAttribute('data-key', f.key);
    li.setAttribute('data-section', f.section);
    li.setAttribute('data-line', f.line);
    li.appendChild(el('strong', null, f.severity === 'critical' ? 'Critical:' : 'Warning:'));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', 'finding-message', f.message));
    if (f.line) { li.appendChild(el('span', 'finding-where', f.section + ': \u201c' + f.line + '\u201d')); }
    li.appendChild(el('span', 'finding-evidence', 'Checked against ' + f.evidence.join('; ') + '.'));
    if (f.acknowledged) {
      li.appendChild(el('span', 'finding-ack', 'Acknowledged by ' + (f.acknowledged.byName || f.acknowledged.by) + ': ' + f.acknowledged.reason));
    } else if (f.severity === 'critical' && canAcknowledge) {
      var ack = el('span', 'finding-acknowledge');
      var label = el('label', null, 'Why it can stand (kept with your name)');
      label.htmlFor = 'reason-' + f.key;
      var input = el('input');
      input.type = 'text';
      input.id = 'reason-' + f.key;
      input.name = 'reason.' + f.key;
      input.maxLength = 1000;
      input.autocomplete = 'off';
      var button = el('button', null, 'Acknowledge');
      button.type = 'submit';
      button.formAction = '/drafts/' + draftId + '/acknowledge';
      button.formNoValidate = true;
      button.name = 'finding';
      button.value = f.key;
      ack.appendChild(label);
      ack.appendChild(document.createTextNode(' '));
      ack.appendChild(input);
      ack.appendChild(document.createTextNode(' '));
      ack.appendChild(button);
      li.appendChild(ack);
    } else if (f.severity === 'critical') {
      li.appendChild(el('span', 'finding-ack', 'Signing waits until the signing clinician changes the text or '
        + 'acknowledges this.'));
    }
    return li;
  }

  function redraw(findings) {
    var typing = {}; // reasons typed but not yet sent survive the redraw
    section.querySelectorAll('input[name^="reason."]').forEach(function (i) { typing[i.name] = i.value; });
    var list = section.querySelector('ul');
    list.textContent = '';
    findings.forEach(function (f) { list.appendChild(item(f)); });
    section.querySelectorAll('input[name^="reason."]').forEach(function (i) { i.value = typing[i.name] || ''; });
    section.querySelector('h2').textContent = 'Safety checks: ' + findings.length + ' '
      + (findings.length === 1 ? 'finding' : 'findings') + ' in the text above';
    section.hidden = findings.length === 0;
    mark();
  }

  document.addEventListener('scribe:saved', function () {
    fetch('/api/drafts/' + draftId + '/findings', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; }, function () { return null; })
      .then(function (body) { if (body) { redraw(body.findings); } });
  });
  // Acknowledge posts the form and the page comes back: focus returns to the finding, not the top of the page.
  section.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button[name="finding"]');
    if (b && window.sessionStorage) {
      sessionStorage.setItem('scribe-finding', JSON.stringify({ draft: draftId, key: b.value }));
    }
  });
  var back = window.sessionStorage && sessionStorage.getItem('scribe-finding');
  if (back) {
    sessionStorage.removeItem('scribe-finding');
    back = JSON.parse(back);
    var target = back.draft === draftId && (document.getElementById('finding-' + back.key) || section);
    if (target) {
      if (target === section) { section.setAttribute('tabindex', '-1'); }
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }
  mark();
})();
