// Calls the gateway's /api/whoami route as the logged-in user and shows the answer in a new <pre id="whoami">.
(function () {
  var button = document.getElementById('whoami-button');
  var result = document.getElementById('whoami-result');
  function show(text) {
    var pre = document.createElement('pre');
    pre.id = 'whoami';
    pre.textContent = text;
    result.replaceChildren(pre);
  }
  button.addEventListener('click', function () {
    if (button.getAttribute('data-no-token') === 'true') {
      show('Error: this login has no access token (implicit flow with response type id_token)');
      return;
    }
    fetch('api/whoami', { headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (response) {
        return response.text().then(function (body) {
          show(response.ok ? body : 'Error: the API answered ' + response.status + ' ' + body);
        });
      })
      .catch(function (error) { show('Error: the API could not be reached (' + error + ')'); });
  });
})();
