"""Lines over 120 characters in the exported package, found by ruff (E501), except the two lines nbdev writes itself:
the module docstring (the notebook's one-line summary) and the wrapped `__all__` list. Exit 1 if any is left."""
import json, subprocess, sys
from pathlib import Path

def nbdev_header(path:Path) -> set:
    "Line numbers of the module docstring's first line and of the `__all__` assignment nbdev generates."
    lines, skip = path.read_text().splitlines(), {1}
    for i, line in enumerate(lines, 1):
        if line.startswith("__all__ = "):
            skip.add(i)
            while not lines[i - 1].rstrip().endswith("]"): i += 1; skip.add(i)
    return skip

found = json.loads(subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "E501", "--line-length", "120",
                                   "--exclude", "tinytts/_modidx.py", "--output-format", "json", "tinytts"],
                                  capture_output=True, text=True).stdout or "[]")
left = [f for f in found if f["location"]["row"] not in nbdev_header(Path(f["filename"]))]
for f in left: print(f"{Path(f['filename']).relative_to(Path.cwd())}:{f['location']['row']}: {f['message']}")
print(f"lines over 120 characters in tinytts/: {len(left)}")
sys.exit(1 if left else 0)
