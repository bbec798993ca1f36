// The query page: YASGUI with one tab per canned query, against this server's endpoint.
// Nothing is fetched from the internet: prefix completion reads /assets/prefixes.json and the
// LOV-backed class and property completers are switched off.
(function () {
  "use strict";
  var canned = JSON.parse(document.getElementById("canned-queries").textContent);
  var selected = JSON.parse(document.getElementById("selected-query").textContent);
  var endpoint = new URL("/kg/sparql", window.location.href).href;

  // YASQE's grammar is SPARQL 1.1; litkg's queries use SPARQL 1.2 triple terms (<<( s p o )>>),
  // which it would mark as errors although the endpoint runs them.
  Yasgui.defaults.yasqe.syntaxErrorCheck = false;
  Yasgui.defaults.yasqe.autocompleters = ["prefixes", "variables"];
  Yasgui.defaults.yasqe.prefixCcApi = new URL("/assets/prefixes.json", window.location.href).href;
  Yasgui.defaults.yasqe.value = canned.length ? canned[0].text : "SELECT * WHERE { ?s ?p ?o } LIMIT 10";

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    autoAddOnInit: canned.length === 0,
    autofocus: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  var active = canned.some(function (q) { return q.name === selected; }) ? selected : (canned.length ? canned[0].name : "");
  canned.forEach(function (q) {
    yasgui.addTab(q.name === active, { name: q.name, yasqe: { value: q.text }, requestConfig: { endpoint: endpoint } });
  });
  window.litkgYasgui = yasgui;
})();
