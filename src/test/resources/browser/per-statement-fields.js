// The editing technique the review pane was NOT built with, kept to re-run the comparison (issue 9): one text
// field per statement instead of one editable region per section. Put over the pane's note by
// SidebarPaneBrowserTest: each statement becomes a labelled, auto-growing field in the Tab order (check
// statements underlined as in the pane); Enter at a field's end adds a statement after it, Backspace in an empty
// field removes it; the hidden text box the form sends follows. It does not autosave (the sandbox draft is
// shared by the other browser tests) and shows no evidence (neither bears on what the trial measures).
(function () {
  'use strict';
  document.querySelectorAll('.note-text').forEach(function (region) {
    var textarea = document.getElementById(region.getAttribute('data-for'));
    var header = document.getElementById(region.getAttribute('aria-labelledby')).textContent.trim();
    var list = document.createElement('div');
    list.className = 'st-fields';
    list.id = 'fields-' + region.id.substring('note-'.length);

    function sync() {
      textarea.value = Array.prototype.map.call(list.querySelectorAll('textarea'), function (f) {
        return f.value.trim();
      }).filter(Boolean).join('\n');
    }
    function grow(f) {
      f.style.height = 'auto';
      f.style.height = f.scrollHeight + 2 + 'px';
    }
    function label() {
      Array.prototype.forEach.call(list.children, function (f, i) {
        f.setAttribute('aria-label', header + ', statement ' + (i + 1) + ' of ' + list.children.length
          + (f.dataset.check ? ', marked check' : ''));
      });
    }
    function field(text, check, after) {
      var f = document.createElement('textarea');
      f.rows = 1;
      f.value = text;
      f.className = 'st-field';
      if (check) {
        f.dataset.check = 'true';
        f.style.textDecoration = 'underline wavy #c77700';
      }
      f.style.display = 'block';
      f.style.margin = '0 0 2px';
      f.style.padding = '2px 4px';
      f.style.resize = 'none';
      f.style.overflow = 'hidden';
      f.addEventListener('input', function () { grow(f); sync(); });
      f.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && !e.altKey && f.selectionStart === f.value.length) {
          e.preventDefault();
          var next = field('', false, f);
          label();
          next.focus();
        } else if (e.key === 'Backspace' && f.value === '' && list.children.length > 1) {
          e.preventDefault();
          var neighbour = f.previousElementSibling || f.nextElementSibling;
          f.remove();
          label();
          neighbour.focus();
          sync();
        }
      });
      list.insertBefore(f, after ? after.nextSibling : null);
      grow(f);
      return f;
    }

    region.parentNode.insertBefore(list, region);
    Array.prototype.forEach.call(region.querySelectorAll('.st'), function (st) {
      field(st.textContent, st.classList.contains('low-confidence'), list.lastElementChild);
    });
    if (!list.children.length) { field('', false, null); }
    label();
    region.remove();
    sync();
  });
})();
