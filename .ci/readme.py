"""Write README.md from nbs/index.ipynb (nbdev_readme needs Quarto; this needs nothing).

Markdown cells are copied as they are; code cells not marked `#| hide` become python blocks, followed by
their text output. Run through `make readme`; CI checks that README.md is up to date.
"""
import json, sys
from pathlib import Path

HEADER = "<!-- Generated from nbs/index.ipynb by `make readme`: edit the notebook, not this file. -->\n\n"

def cell_text(cell) -> str:
    return "".join(cell.get("source", []))

def text_outputs(cell) -> str:
    "The plain-text outputs of a code cell (streams and text/plain results)."
    out = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream": out.append("".join(o.get("text", [])))
        elif "text/plain" in o.get("data", {}) and not any(k.startswith(("image/", "text/html")) for k in o["data"]):
            out.append("".join(o["data"]["text/plain"]))
    return "".join(out).strip("\n")

def render(nb) -> str:
    parts = []
    for cell in nb["cells"]:
        src = cell_text(cell)
        if cell["cell_type"] == "markdown": parts.append(src)
        elif cell["cell_type"] == "code":
            lines = src.splitlines()
            if any(l.replace(" ", "").startswith("#|hide") for l in lines): continue
            code = "\n".join(l for l in lines if not l.startswith("#|")).strip("\n")
            if code: parts.append(f"```python\n{code}\n```")
            if out := text_outputs(cell): parts.append(f"```\n{out}\n```")
    return HEADER + "\n\n".join(parts) + "\n"

if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    (root/"README.md").write_text(render(json.loads((root/"nbs"/"index.ipynb").read_text())))
    print("wrote README.md", file=sys.stderr)
