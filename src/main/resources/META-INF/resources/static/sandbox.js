// Sandbox EHR screen helpers. Progressive enhancement only: every page also works without script.
(function () {
  'use strict';

  // Only offer the chosen patient's encounters.
  function filterEncounters() {
    var patient = document.getElementById('sbx-patient');
    var encounter = document.getElementById('sbx-encounter');
    if (!patient || !encounter) {
      return;
    }
    var firstVisible = null;
    Array.prototype.forEach.call(encounter.options, function (option) {
      var mine = option.getAttribute('data-patient') === patient.value;
      option.hidden = !mine;
      option.disabled = !mine;
      if (mine && firstVisible === null) {
        firstVisible = option;
      }
    });
    var selected = encounter.options[encounter.selectedIndex];
    if ((!selected || selected.disabled) && firstVisible) {
      firstVisible.selected = true;
    }
  }

  // Refresh the chart panel in place, so the app in the iframe keeps its state.
  function refreshChart(event) {
    var link = event.currentTarget;
    var url = link.getAttribute('data-chart-url');
    var target = document.getElementById('chart');
    if (!url || !target || !window.fetch) {
      return;
    }
    event.preventDefault();
    fetch(url, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        // Server-rendered by our own template, with every value escaped.
        target.innerHTML = html;
      })
      .catch(function () {
        window.location.href = link.href;
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var patient = document.getElementById('sbx-patient');
    if (patient) {
      patient.addEventListener('change', filterEncounters);
      filterEncounters();
    }
    var refresh = document.getElementById('refresh-chart');
    if (refresh) {
      refresh.addEventListener('click', refreshChart);
    }
    // On a narrow screen the app sits below the chart: after Open Scribe, bring it into view.
    var frame = document.getElementById('scribe-frame');
    if (frame && window.matchMedia && window.matchMedia('(max-width: 1100px)').matches) {
      frame.scrollIntoView();
    }
  });
}());
