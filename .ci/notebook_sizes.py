"""Keep the committed notebooks light and machine-independent: each under 1.5 MB and all together under 8 MB, players
carrying compressed audio (not 16-bit WAV), and no output printing a path of the machine that ran it.

Every re-run of a notebook's outputs adds its size again to the repository's history, which every learner clones.
Usage: python .ci/notebook_sizes.py [NB...] (default: nbs/*.ipynb, scratch notebooks left out)."""
import json, re, sys
from pathlib import Path

EACH, ALL = 1.5e6, 8.0e6   # bytes: one notebook, and all of them together (7.5 MB until chapter 09c, 27 notebooks now)
MACHINE_PATH = re.compile(r"(?<![\w.$~])/(?:home|root|Users|work|tmp|var/folders|private)/[\w.-]+")

def problems(path:Path) -> list:
    "What is wrong with one notebook's outputs: WAV players, and absolute paths of the machine that ran it."
    found = []
    for i, cell in enumerate(json.loads(path.read_text())["cells"]):
        for out in cell.get("outputs", []):
            text = "".join(out.get("text", [])) + "".join("".join(v) if isinstance(v, list) else str(v)
                                                          for k, v in out.get("data", {}).items() if k.startswith("text"))
            if "data:audio/wav" in text: found.append(f"cell {i}: a player holds WAV audio (use tinytts.data.show_audio)")
            if m := MACHINE_PATH.search(text): found.append(f"cell {i}: prints a path of this machine, {m.group(0)!r} "
                                                            "(use tinytts.data.short_path)")
    return found

paths = [Path(p) for p in sys.argv[1:]] or sorted(p for p in Path("nbs").glob("*.ipynb") if not p.name.startswith("_"))
failed, total = False, 0
for path in paths:
    size = path.stat().st_size; total += size
    issues = problems(path) + ([f"{size / 1e6:.2f} MB, over {EACH / 1e6} MB"] if size > EACH else [])
    print(f"{path.name:28s} {size / 1e6:5.2f} MB" + ("" if not issues else "  ← " + "; ".join(issues[:3])))
    failed |= bool(issues)
print(f"{'all notebooks':28s} {total / 1e6:5.2f} MB (limit {ALL / 1e6:g} MB)")
if total > ALL: print(f"the notebooks together are over {ALL / 1e6:g} MB"); failed = True
sys.exit(1 if failed else 0)
