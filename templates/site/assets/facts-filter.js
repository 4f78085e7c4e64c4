// Filters the facts table by company, metric and source. The table is complete without this
// script; the filter form stays hidden until the script shows it. No data lives in here: rows
// carry what they are matched on in data-* attributes.
(function () {
  'use strict';

  var form = document.getElementById('fact-filters');
  var table = document.getElementById('facts-table');
  var status = document.getElementById('fact-filter-status');
  if (!form || !table || !status) {
    return;
  }

  var rows = Array.prototype.slice.call(table.tBodies[0].rows);

  function has(list, value) {
    return value === '' || (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  function apply() {
    var company = form.elements.company.value;
    var metric = form.elements.metric.value;
    var source = form.elements.source.value;
    var shown = 0;
    rows.forEach(function (row) {
      var match = has(row.getAttribute('data-companies'), company)
        && (metric === '' || row.getAttribute('data-metric') === metric)
        && has(row.getAttribute('data-sources'), source);
      row.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    var filtered = company !== '' || metric !== '' || source !== '';
    status.textContent = filtered ? 'Showing ' + shown + ' of ' + rows.length + ' facts.' : '';
  }

  form.addEventListener('change', apply);
  form.addEventListener('reset', function () {
    // The reset has not happened yet when this event fires.
    window.setTimeout(apply, 0);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.hidden = false;
}());
