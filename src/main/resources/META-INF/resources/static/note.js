// The note in the review pane: each section is one editable region whose lines are the drafted statements,
// carrying their evidence, confidence and "check" (evidence.js shows them for the line under the cursor).
// The region's hidden text box is what the form (and review.js's autosave) sends.
(function () {
  'use strict';

  var form = document.getElementById('draft-form');
  if (!form) { return; }
  var draftId = form.getAttribute('data-draft');
  var editable = form.getAttribute('data-editable') === 'true';
  var regions = Array.prototype.slice.call(form.querySelectorAll('.note-text'));
  var known = {};            // drafted statements by text: their evidence, for lines rebuilt after a conflict
  var drafted = {};          // the same, per region, in note order
  var STATEMENT_DATA = ['data-text', 'data-evidence', 'data-confidence', 'data-review', 'data-accepted', 'data-chips'];

  function normalize(s) { return s.trim().replace(/\s+/g, ' ').toLowerCase(); }

  // As on the server (LineSimilarity): a changed line still shares words with the statement it came from.
  function words(s) { return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean); }
  function alike(text, original) {
    var a = words(text), b = words(original);
    if (!a.length || !b.length) { return false; }
    var shared = a.filter(function (w, i) { return a.indexOf(w) === i && b.indexOf(w) >= 0; }).length;
    var union = a.concat(b).filter(function (w, i, all) { return all.indexOf(w) === i; }).length;
    return shared / union >= 0.5;
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
        STATEMENT_DATA.forEach(function (a) { line.removeAttribute(a); });
        line.className = 'st added';
        return;
      }
      if (!alike(line.textContent, original)) { // replaced by a different sentence: a new line, not a change
        STATEMENT_DATA.forEach(function (a) { line.removeAttribute(a); });
        line.className = 'st added';
        return;
      }
      claimed[original] = true;
      line.classList.toggle('edited', normalize(line.textContent) !== normalize(original));
      line.classList.toggle('low-confidence', line.getAttribute('data-review') === 'true' && !line.classList.contains('edited'));
    });
  }

  // Someone else's text (a conflict, a save seen on return): their lines keep the evidence of the drafted
  // statement they stand for, by the same word rule as the server, so a line they changed reads "changed".
  function fillRegion(region, text) {
    var unclaimed = drafted[region.id].slice();
    region.textContent = '';
    text.split('\n').filter(function (l) { return l.trim(); }).forEach(function (l) {
      var line = document.createElement('div');
      line.className = 'st added';
      line.textContent = l;  // text, never HTML
      var data = known[normalize(l)];
      if (!data || unclaimed.indexOf(data) < 0) {
        data = unclaimed.filter(function (d) { return alike(l, d['data-text']); })[0];
      }
      if (data) {
        unclaimed.splice(unclaimed.indexOf(data), 1);
        STATEMENT_DATA.forEach(function (a) { if (data[a] !== null) { line.setAttribute(a, data[a]); } });
        line.className = 'st' + (data['data-accepted'] === 'true' ? ' accepted' : '');
      }
      region.appendChild(line);
    });
    markLines(region);
  }


  regions.forEach(function (region) {
    drafted[region.id] = [];
    region.querySelectorAll('.st[data-text]').forEach(function (line) {
      var data = {};
      STATEMENT_DATA.forEach(function (a) { data[a] = line.getAttribute(a); });
      known[normalize(line.getAttribute('data-text'))] = data;
      drafted[region.id].push(data);
    });
    var textarea = textareaOf(region);
    region.hidden = false;
    textarea.hidden = true;
    region.setAttribute('contenteditable', editable ? 'true' : 'false');
    region.tabIndex = 0;
    region.addEventListener('input', function () {
      markLines(region);
      textarea.value = regionLines(region).join('\n');
      form.dispatchEvent(new CustomEvent('note-input'));
    });
    region.addEventListener('paste', function (e) { // plain text only: no markup from elsewhere
      e.preventDefault();
      document.execCommand('insertText', false, (e.clipboardData || window.clipboardData).getData('text/plain'));
    });
  });
  window.scribeNote = { fill: fillRegion };
})();
