#!/usr/bin/env python3
"""Checks an executed notebook: no cell failed, every code cell ran, and the rich displays are there.

Usage: check_notebook.py EXECUTED.ipynb
Fails (exit 1) when a cell has an error output or was not executed, or when the outputs lack the text/html
displays of the KnowledgeGraph notebook extension (entity, paths, relation, timeline, graph) and an <svg picture.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def main(path):
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    problems = []
    html = []
    code_cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
    if not code_cells:
        problems.append("the notebook has no code cell")
    for i, cell in enumerate(code_cells, 1):
        source = "".join(cell.get("source", []))
        first = source.strip().splitlines()[0] if source.strip() else ""
        if cell.get("execution_count") is None:
            problems.append(f"code cell {i} ({first!r}) was not executed")
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                problems.append(f"code cell {i} ({first!r}) failed: {out.get('ename')}: {out.get('evalue')}")
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                problems.append(f"code cell {i} ({first!r}) wrote to stderr: {''.join(out.get('text', []))[:300]}")
            data = out.get("data", {})
            if "text/html" in data:
                text = data["text/html"]
                html.append(text if isinstance(text, str) else "".join(text))
    everything = "\n".join(html)
    # Each display of the extension has its own class; each must appear at least once.
    for marker, what in [
        ('class="kg-graph"', "a graph summary (Graph formatter)"),
        ('class="kg-entity"', "an entity (Entity formatter)"),
        ('class="kg-paths"', "a dependency explanation (paths formatter)"),
        ('class="kg-steps"', "a path as a step list"),
        ('class="kg-relation"', "a relation (Relation formatter)"),
        ('class="kg-entities"', "a list of entities as a table (IEnumerable<Entity> formatter)"),
        ('class="kg-timeline"', "a timeline table"),
        ('class="kg-picture"', "a picture (GraphPicture)"),
        ('class="kg-citations"', "citations"),
        ("<svg", "an inline SVG picture"),
        ("drawn by GraphViz dot", "a picture drawn by GraphViz"),
        ("drawn by the built-in layout", "a picture drawn by the built-in layout"),
        ("Integral", "the Integral dependency"),
        ('class="kg-explorer"', "the interactive explorer (Views.Explore)"),
        ('class="kg-static"', "the explorer's static picture for viewers without scripts"),
    ]:
        if marker not in everything:
            problems.append(f"no text/html output contains {marker!r}: {what} is missing")
    # Every picture must be well-formed SVG (a browser forgives broken markup; a checker should not).
    svgs = re.findall(r"<svg\b.*?</svg>", everything, re.S)
    for n, svg in enumerate(svgs, 1):
        try:
            root = ET.fromstring(svg)
        except ET.ParseError as e:
            problems.append(f"SVG picture {n} is not well-formed: {e}")
            continue
        if not root.tag.endswith("svg") or len(list(root.iter())) < 5:
            problems.append(f"SVG picture {n} is empty")
    if problems:
        for p in problems:
            print(f"notebook check: {p}", file=sys.stderr)
        return 1
    print(f"notebook check: {len(code_cells)} code cells ran, {len(html)} text/html outputs, {len(svgs)} well-formed SVG pictures")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
