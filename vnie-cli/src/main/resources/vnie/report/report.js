// Sorts a table with class "sortable" by the column whose header is clicked: numbers by the
// cell's data-value, other columns by text; a second click reverses the order. Cells without a
// number (documents without gold) stay last either way.
(function () {
  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    return numeric ? parseFloat(raw) : raw;
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headers = table.querySelectorAll('th[data-sort]');
    headers.forEach(function (th) {
      th.addEventListener('click', function () {
        var numeric = th.getAttribute('data-sort') === 'number';
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, th.cellIndex, numeric);
          var y = cellValue(b, th.cellIndex, numeric);
          if (numeric && (isNaN(x) || isNaN(y))) {
            return (isNaN(x) ? 1 : 0) - (isNaN(y) ? 1 : 0);
          }
          var order = numeric ? x - y : String(x).localeCompare(String(y), 'vi');
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      });
    });
  });
})();
