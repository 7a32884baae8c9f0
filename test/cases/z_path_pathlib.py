# pathlib pure paths: what a path keeps of its argument strs (3.12+: the raw strs;
# 3.11: parsed parts), str() cached in _str, derived paths, and new objects per call.
from pathlib import PurePosixPath, PurePath, Path
import gc

root_text = "/srv/site " + str(len([1, 2, 3]))  # ?rc root_text
rel_text = "docs/guide " + str(len([1, 2]))  # ?rc rel_text
root = PurePosixPath(root_text)  # ?rc root root_text
doc = root / rel_text / "intro page.md"  # ?rc doc root_text rel_text
full = str(doc)  # ?rc full doc
again = str(doc)  # ?rc again full
name = doc.name  # ?rc name
suffix = doc.suffix  # ?rc suffix
stem = doc.stem  # ?rc stem
parent = doc.parent  # ?rc parent doc
shown = str(parent)  # ?rc shown parent
parts = doc.parts  # ?rc parts doc
renamed = doc.with_suffix(".txt")  # ?rc renamed
renamed_text = str(renamed)  # ?rc renamed_text renamed
joined = PurePath(root_text).joinpath(rel_text, "index x.md")  # ?rc joined root_text rel_text
local = Path(rel_text, "a b.py")  # ?rc local rel_text
local_text = f"{local}"  # ?rc local_text local
quoted = repr(local)  # ?rc quoted
batch = [PurePosixPath(root_text, "item %d.log" % i) for i in range(3)]  # ?rc batch root_text
logs = [str(p) for p in batch]  # ?rc logs
del batch  # ?rc root_text logs
del doc, renamed  # ?rc root_text rel_text full parent
del joined, local  # ?rc rel_text root_text
cycle = [PurePosixPath("x y/z w.bin")]
cycle.append(cycle)  # ?rc cycle
del cycle
print(gc.collect())
print(full, name, suffix, stem, shown, parts, renamed_text, local_text, quoted, logs)
