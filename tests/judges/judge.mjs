// Real readers as judges of kg's exports. Usage: node judge.mjs FORMAT FILE...
//   graphml: graphology-graphml's parser; gexf: graphology-gexf's parser (both print every node and edge with its attributes)
//   mermaid: mermaid's own parser (the flowchart grammar and database of the mermaid package, on a jsdom window)
//   cypher:  Neo4j's Cypher front end (@neo4j-cypher/language-support: syntax and semantic analysis)
// Prints one JSON array on stdout, an object per file; exit 2 with the reader's message on stderr when it refuses a file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [format, ...paths] = process.argv.slice(2);
if (!format || paths.length === 0) {
  console.error('usage: node judge.mjs graphml|gexf|mermaid|cypher FILE...');
  process.exit(2);
}

let path = '';
let text = '';

function refuse(message) {
  console.error(`${path}: ${message}`);
  process.exit(2);
}

function dump(graph) {
  const nodes = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  const edges = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => edges.push({ key, source, target, undirected, attributes }));
  return { nodes: graph.order, edges: graph.size, nodeList: nodes, edgeList: edges };
}

async function main() {
  if (format === 'graphml' || format === 'gexf') {
    const { MultiGraph } = require('graphology');
    const parser = format === 'graphml' ? require('graphology-graphml') : require('graphology-gexf');
    let graph;
    try {
      graph = parser.parse(MultiGraph, text);
    } catch (e) {
      refuse(e.message ?? String(e));
    }
    return dump(graph);
  }

  if (format === 'mermaid') {
    if (!globalThis.window) {
      // mermaid sanitises labels with DOMPurify, which needs a window: jsdom gives it one.
      const { JSDOM } = require('jsdom');
      const dom = new JSDOM('<!doctype html><html><body></body></html>');
      globalThis.window = dom.window;
      globalThis.document = dom.window.document;
    }

    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false });
    try {
      await mermaid.parse(text);
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      const vertices = diagram.db.getVertices();
      const labels = [...(vertices instanceof Map ? vertices.values() : Object.values(vertices))].map(v => v.text);
      return { type: diagram.type, nodes: labels.length, edges: diagram.db.getEdges().length, labels };
    } catch (e) {
      refuse((e.message ?? String(e)).split('\n').join(' '));
    }
  }

  if (format === 'cypher') {
    const { lintCypherQuery, parseStatementsStrs } = require('@neo4j-cypher/language-support');
    const statements = parseStatementsStrs(text).filter(s => s.trim().length > 0);
    const result = lintCypherQuery(text, {});
    const errors = result.diagnostics.filter(d => d.severity === 1).map(d => `line ${d.range.start.line + 1}, column ${d.range.start.character + 1}: ${d.message}`);
    if (errors.length > 0) {
      refuse(errors.slice(0, 5).join(' | '));
    }
    return { statements: statements.length, warnings: result.diagnostics.length };
  }

  refuse(`unknown format '${format}'`);
}

const out = [];
for (const p of paths) {
  path = p;
  text = readFileSync(p, 'utf8');
  out.push(await main());
}

process.stdout.write(JSON.stringify(out) + '\n');
