/** The IDE's HTML: one page, inline style and script, no external resources. */
export function idePage(endpoint: string, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chorus GraphQL IDE</title>
<style nonce="${nonce}">
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 1fr 22rem; gap: 1rem; padding: 1rem; height: 100vh; box-sizing: border-box; }
  h1 { grid-column: 1 / -1; font-size: 1.1rem; margin: 0; }
  section { display: flex; flex-direction: column; min-height: 0; }
  label, h2 { font-weight: 600; font-size: .9rem; margin: .5rem 0 .25rem; }
  textarea, pre { font: 13px/1.4 ui-monospace, monospace; border: 1px solid #999; border-radius: 4px; padding: .5rem; margin: 0; }
  textarea { resize: vertical; }
  #query { flex: 3; } #variables { flex: 1; }
  pre { flex: 1; overflow: auto; background: #f6f6f6; white-space: pre-wrap; }
  button { margin-top: .5rem; padding: .4rem 1rem; font: inherit; cursor: pointer; }
  :focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
  #schema { overflow: auto; } #schema ul { padding-left: 1rem; margin: .25rem 0; }
  .desc { color: #555; } code { font-size: 12px; }
</style>
</head>
<body>
<h1>Chorus GraphQL IDE <small>(development only)</small></h1>
<section aria-label="Operation">
  <label for="query">Query</label>
  <textarea id="query" spellcheck="false">{\n  viewer { id displayName role }\n  boards { slug name }\n}</textarea>
  <label for="variables">Variables (JSON)</label>
  <textarea id="variables" spellcheck="false">{}</textarea>
  <button id="run" type="button">Run <kbd>Ctrl+Enter</kbd></button>
</section>
<section aria-label="Result">
  <h2 id="result-label">Result</h2>
  <pre id="result" aria-labelledby="result-label" aria-live="polite" tabindex="0"></pre>
</section>
<section id="schema" aria-label="Schema explorer">
  <h2>Schema</h2>
  <div id="types">Loading…</div>
</section>
<script nonce="${nonce}">
const endpoint = ${JSON.stringify(endpoint)};
const $ = (id) => document.getElementById(id);
async function request(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
async function run() {
  let variables;
  try { variables = JSON.parse($('variables').value || '{}'); }
  catch (error) { $('result').textContent = 'Variables are not valid JSON: ' + error.message; return; }
  $('result').textContent = 'Running…';
  try { $('result').textContent = JSON.stringify(await request($('query').value, variables), null, 2); }
  catch (error) { $('result').textContent = String(error); }
}
$('run').addEventListener('click', run);
document.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); } });
const typeName = (t) => t.kind === 'NON_NULL' ? typeName(t.ofType) + '!' : t.kind === 'LIST' ? '[' + typeName(t.ofType) + ']' : t.name;
function item(name, type, description) {
  const li = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = type ? name + ': ' + type : name;
  li.append(code);
  if (description) { const d = document.createElement('div'); d.className = 'desc'; d.textContent = description; li.append(d); }
  return li;
}
request('{ __schema { types { name kind description fields { name description type { ...T } } inputFields { name description type { ...T } } enumValues { name description } } } } fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }')
  .then(({ data, errors }) => {
    const root = $('types'); root.textContent = '';
    if (!data) { root.textContent = JSON.stringify(errors); return; }
    for (const type of data.__schema.types.filter((t) => !t.name.startsWith('__')).sort((a, b) => a.name.localeCompare(b.name))) {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = type.name + ' (' + type.kind.toLowerCase().replace('_', ' ') + ')';
      details.append(summary);
      if (type.description) { const d = document.createElement('div'); d.className = 'desc'; d.textContent = type.description; details.append(d); }
      const list = document.createElement('ul');
      for (const f of type.fields || type.inputFields || []) list.append(item(f.name, typeName(f.type), f.description));
      for (const v of type.enumValues || []) list.append(item(v.name, '', v.description));
      details.append(list);
      root.append(details);
    }
  })
  .catch((error) => { $('types').textContent = String(error); });
</script>
</body>
</html>
`;
}
