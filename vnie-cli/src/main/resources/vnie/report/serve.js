// The page of vnie serve: sends the text to the server and shows the HTML the report's renderer
// made of it, or downloads the entities as CSV. #result's data-state says where it stands:
// empty, busy, done or error.
(function () {
  var form = document.getElementById('extract-form');
  var text = document.getElementById('text');
  var result = document.getElementById('result');
  var status = document.getElementById('status');

  function post(path) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: text.value
    }).then(function (response) {
      if (response.ok) {
        return response;
      }
      return response.json().then(function (problem) { throw new Error(problem.error); });
    });
  }

  function failed(error) {
    status.textContent = 'Error: ' + error.message;
    result.setAttribute('data-state', 'error');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    result.setAttribute('data-state', 'busy');
    status.textContent = 'Extracting…';
    post('/api/render')
      .then(function (response) { return response.text(); })
      .then(function (html) {
        // The server escaped every piece of text; this is the renderer's markup only.
        result.innerHTML = html;
        var count = result.querySelectorAll('mark.mention').length;
        status.textContent = count + (count === 1 ? ' mention' : ' mentions');
        result.setAttribute('data-state', 'done');
      })
      .catch(failed);
  });

  document.getElementById('download').addEventListener('click', function () {
    status.textContent = 'Preparing entities.csv…';
    post('/api/entities.csv')
      .then(function (response) { return response.blob(); })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'entities.csv';
        document.body.appendChild(link);
        link.click();
        link.remove();
        status.textContent = 'entities.csv downloaded';
      })
      .catch(failed);
  });
})();
