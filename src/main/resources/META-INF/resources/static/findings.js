// Safety findings in the review pane: each finding's line in the note gets a mark in the finding's colour, and
// the finding's "where" becomes a button that puts the cursor on that line. Runs after note.js made the regions.
(function () {
  'use strict';

  var form = document.getElementById('draft-form');
  if (!form) { return; }

  function lineOf(finding) {
    var header = finding.getAttribute('data-section');
    var text = (finding.getAttribute('data-line') || '').replace(/\s+/g, ' ').trim();
    var area = Array.prototype.filter.call(form.querySelectorAll('textarea[data-header]'), function (t) {
      return t.getAttribute('data-header') === header;
    })[0];
    var region = area && document.querySelector('.note-text[data-for="' + area.id + '"]');
    if (!region) { return null; }
    return Array.prototype.filter.call(region.children, function (l) {
      return l.textContent.replace(/\s+/g, ' ').trim() === text;
    })[0] || null;
  }

  function goTo(line) {
    var region = line.closest('.note-text');
    region.focus();
    var range = document.createRange();
    range.selectNodeContents(line);
    range.collapse(true);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    line.scrollIntoView({ block: 'center' });
  }

  form.querySelectorAll('.finding[data-line]').forEach(function (finding) {
    var line = lineOf(finding);
    var where = finding.querySelector('.finding-where');
    if (!line || !where) { return; }
    var severity = finding.classList.contains('finding-critical') ? 'critical' : 'warning';
    if (!line.classList.contains('finding-mark-critical')) { line.classList.add('finding-mark-' + severity); }
    line.setAttribute('title', finding.querySelector('strong').textContent + ' ' + finding.firstElementChild
        .nextSibling.textContent.trim());
    var go = document.createElement('button');
    go.type = 'button';
    go.className = 'go-to-line';
    go.textContent = where.textContent;
    go.setAttribute('aria-label', 'Go to the line: ' + finding.getAttribute('data-line'));
    go.addEventListener('click', function () { goTo(line); });
    where.textContent = '';
    where.appendChild(go);
  });
})();
