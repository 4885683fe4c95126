"""Drop saved ipywidgets state from notebooks (hundreds of KB; useless in a static notebook), and say so where it was.

`make outputs` runs notebooks with nbclient, which must store widget state (it fails on Output widgets
otherwise); this removes it before the notebooks are committed. A widget output then keeps only its text form,
`interactive(children=(…`, which means nothing to a reader browsing the repository: it is replaced by one line that
says what to do. Usage: python .ci/strip_widgets.py NB...
"""
import json, sys
from pathlib import Path

RUN_IT = "(an interactive control: run this cell in Jupyter to use it)"

def plain_widget_outputs(nb:dict) -> bool:
    """Replace each interactive control's leftover text form with RUN_IT, and drop other widget displays (frozen
    progress bars); True if anything changed."""
    changed = False
    for cell in [c for c in nb.get("cells", []) if c["cell_type"] == "code"]:
        kept = []
        for out in cell["outputs"]:
            data = out.get("data", {})
            text = "".join(data.get("text/plain", ""))
            if text.startswith(("interactive(", "HBox(", "VBox(")):
                out["data"], changed = {"text/plain": [RUN_IT]}, True
            elif "application/vnd.jupyter.widget-view+json" in data:
                changed = True          # a progress bar or another display that only lives in a running kernel
                continue
            kept.append(out)
        cell["outputs"] = kept
    return changed

for name in sys.argv[1:]:
    path = Path(name)
    nb = json.loads(path.read_text())
    dropped = nb.get("metadata", {}).pop("widgets", None) is not None
    if plain_widget_outputs(nb) or dropped:
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
