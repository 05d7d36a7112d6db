// Loads an N-Triples file into an in-memory Oxigraph store and runs one SPARQL SELECT query on it.
// Usage: node sparql.mjs DATA.nt QUERY.rq   → prints {"loaded": <triples>, "rows": [{var: value, ...}, ...]} as JSON.
// The file is read line by line and loaded in chunks (N-Triples is line-based), so that files larger than the
// largest JavaScript string load too. Exit 2 with a message on stderr when the data or the query is refused.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import oxigraph from 'oxigraph';

const [dataPath, queryPath] = process.argv.slice(2);
if (!dataPath || !queryPath) {
  console.error('usage: node sparql.mjs DATA.nt QUERY.rq');
  process.exit(2);
}

const store = new oxigraph.Store();
const chunkLines = 200000;
let chunk = [];
let lineNumber = 0;
let firstLineOfChunk = 1;

function flush() {
  if (chunk.length === 0) return;
  try {
    store.load(chunk.join('\n') + '\n', { format: 'application/n-triples' });
  } catch (e) {
    console.error(`${dataPath}: lines ${firstLineOfChunk}-${lineNumber}: ${e.message ?? e}`);
    process.exit(2);
  }
  chunk = [];
  firstLineOfChunk = lineNumber + 1;
}

const lines = createInterface({ input: createReadStream(dataPath, { encoding: 'utf8' }), crlfDelay: Infinity });
for await (const line of lines) {
  lineNumber++;
  chunk.push(line);
  if (chunk.length >= chunkLines) flush();
}
flush();

const query = readFileSync(queryPath, 'utf8');
let results;
try {
  results = store.query(query);
} catch (e) {
  console.error(`${queryPath}: ${e.message ?? e}`);
  process.exit(2);
}

const rows = [];
for (const binding of results) {
  const row = {};
  for (const [name, term] of binding) row[name] = term.value;
  rows.push(row);
}
process.stdout.write(JSON.stringify({ loaded: store.size, rows }) + '\n');
