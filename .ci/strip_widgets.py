"""Drop saved ipywidgets state from notebooks' metadata (hundreds of KB; useless in a static notebook).

`make outputs` runs notebooks with nbclient, which must store widget state (it fails on Output widgets
otherwise); this removes it before the notebooks are committed. Usage: python .ci/strip_widgets.py NB...
"""
import json, sys
from pathlib import Path

for name in sys.argv[1:]:
    path = Path(name)
    nb = json.loads(path.read_text())
    if nb.get("metadata", {}).pop("widgets", None) is not None:
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
