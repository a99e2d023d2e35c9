// Evidence in the review pane: the statement under the cursor shows its confidence, its chips and, when marked
// "check", Accept/Reject under its section, and highlights its turns and chart facts; Alt+Enter jumps to them
// and Escape comes back. Runs after note.js has made the sections editable regions.
(function () {
  'use strict';

  var form = document.getElementById('draft-form');
  if (!form) { return; }
  var draftId = form.getAttribute('data-draft');
  var editable = form.getAttribute('data-editable') === 'true';
  var current = null;        // the statement line the cursor is on
  var lastStatement = null;  // where Escape returns after a jump to the evidence
  var hoverQuietUntil = 0;   // placing the cursor may scroll another line under a mouse that stood still

  form.querySelectorAll('.note-text').forEach(function (region) {
    region.addEventListener('input', function () { // note.js marked the lines first
      if (current && region.contains(current)) { showEvidence(current); }
    });
    region.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.altKey && current) { // to the statement's evidence; Escape comes back
        var targets = highlight(current, false);
        if (targets.length) {
          e.preventDefault();
          lastStatement = region;
          reveal(targets[0]);
          targets[0].focus();
        }
      }
    });
    region.addEventListener('mouseover', function (e) {
      var line = e.target.closest && e.target.closest('.st[data-evidence]');
      // not while someone reads a jump's target, nor just after the cursor was placed (the page may have scrolled)
      if (line && !lastStatement && Date.now() > hoverQuietUntil) { highlight(line, false); }
    });
  });

  function targetsOf(line) {
    var ids = (line.getAttribute('data-evidence') || '').split(' ').filter(Boolean);
    return ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
  }

  // Hovering only highlights; the cursor on a line also scrolls the evidence column when it has its own scroll
  // (wide layout), never the page: in a narrow sidebar the note must stay where the reader is.
  function highlight(line, scroll) {
    document.querySelectorAll('.highlight').forEach(function (el) { el.classList.remove('highlight'); });
    var targets = targetsOf(line);
    targets.forEach(function (el) { el.classList.add('highlight'); });
    if (targets.length && scroll) { scrollColumnTo(targets[0]); }
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
      el.tabIndex = -1; // out of the Tab order (Alt+Enter jumps, again for the next); a sidebar stays a few Tabs deep
      el.addEventListener('click', function (e) { // jump to the turn or fact; Escape comes back
        var target = document.getElementById(href.substring(1));
        if (!target) { return; }
        e.preventDefault();
        lastStatement = line.closest('.note-text');
        highlight(line, false);
        reveal(target);
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
    b.setAttribute('aria-label', label + ': ' + text);
    b.addEventListener('click', function () { rememberPlace(current); });
    return b;
  }

  function showEvidence(line) {
    document.querySelectorAll('.note-text .st.active').forEach(function (el) { el.classList.remove('active'); });
    document.querySelectorAll('.evidence-bar').forEach(function (b) { b.hidden = true; });
    current = line;
    if (!line) { return; }
    line.classList.add('active');
    highlight(line, true);
    hoverQuietUntil = Date.now() + 600;
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
        hint.textContent = 'Evidence (Alt+Enter, again for the next): ';
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
    // The box sticks to the bottom of the view: keep the line being typed above it.
    var covered = line.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    if (covered > 0 && line.getBoundingClientRect().top < bar.getBoundingClientRect().top) {
      window.scrollBy(0, covered + 8);
    } else if (covered > 0) {
      line.scrollIntoView({ block: 'center' });
    }
  }

  document.addEventListener('selectionchange', function () {
    var line = lineAtCursor();
    if (line && line !== current) { showEvidence(line); }
  });

  // An explicit jump (Alt+Enter, a chip): open the drawer and bring the turn or fact into view.
  function reveal(el) {
    var drawer = el.closest('details.drawer');
    if (drawer && !drawer.open) { drawer.open = true; }
    el.scrollIntoView({ block: 'nearest' });
    scrollColumnTo(el);
  }

  // scrollIntoView alone can leave the target just outside its own scrolling column when the page scrolls too.
  function scrollColumnTo(el) {
    var drawer = el.closest('details.drawer');
    if (drawer && !drawer.open) { return; }
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
    var targets = lastStatement && current ? targetsOf(current) : [];
    var at = targets.indexOf(document.activeElement);
    if (e.key === 'Enter' && e.altKey && at >= 0 && !e.defaultPrevented) { // again on a target: the next one
      e.preventDefault();
      var next = targets[(at + 1) % targets.length];
      highlight(current, false);
      reveal(next);
      next.focus();
      return;
    }
    if (e.key === 'Escape' && lastStatement && !lastStatement.contains(document.activeElement)) {
      lastStatement.focus();
      lastStatement = null;
    } else if (lastStatement && lastStatement.contains(document.activeElement)) {
      lastStatement = null;
    }
  });


  // After Accept or Reject (a form post and a new page), go back to the line the person was on.
  function rememberPlace(line) {
    if (!line || !window.sessionStorage) { return; }
    var region = line.closest('.note-text');
    var index = Array.prototype.indexOf.call(region.children, line);
    sessionStorage.setItem('scribe-place', JSON.stringify({ draft: draftId, region: region.id, line: index }));
  }
  var place = window.sessionStorage && sessionStorage.getItem('scribe-place');
  if (place) {
    sessionStorage.removeItem('scribe-place');
    place = JSON.parse(place);
    var region = place.draft === draftId && document.getElementById(place.region);
    if (region && region.children.length) {
      goTo(region.children[Math.min(place.line, region.children.length - 1)]);
    } else if (region) {
      region.focus();
    }
  }
  // Signing asked again: each statement it lists leads to its line, where Accept, Reject and editing are.
  function goTo(line) {
    var region = line.closest('.note-text');
    region.focus();
    var range = document.createRange();
    range.selectNodeContents(line);
    range.collapse(true);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    line.scrollIntoView({ block: 'center' });
    showEvidence(line);
  }
  // A safety finding's "where" (findings.js) leads to its line the same way.
  document.addEventListener('scribe:go-to-line', function (e) { goTo(e.detail); });
  var signCheck = document.getElementById('sign-check');
  if (signCheck) {
    signCheck.querySelectorAll('.unreviewed li').forEach(function (item) {
      var text = item.textContent.trim();
      var line = Array.prototype.filter.call(form.querySelectorAll('.note-text .st[data-text]'), function (l) {
        return l.getAttribute('data-text') === text && l.classList.contains('low-confidence');
      })[0];
      if (!line) { return; }
      var go = document.createElement('button');
      go.type = 'button';
      go.className = 'go-to-line';
      go.textContent = text;
      go.setAttribute('aria-label', 'Go to the statement: ' + text);
      go.addEventListener('click', function () { goTo(line); });
      item.textContent = '';
      item.appendChild(go);
    });
    signCheck.focus();
  }
})();
