# A build script computes output paths with PurePosixPath (no filesystem access).
import pathlib


class Target:
    def __init__(self, src):
        self.src = pathlib.PurePosixPath(src)


targets = [Target("src/app/main.py"), Target("src/lib/util.py")]  # ?rc targets
t0 = targets[0]  # ?rc t0
p = t0.src  # ?rc p
out = pathlib.PurePosixPath("build") / p.relative_to("src")  # ?rc out p
obj = out.with_suffix(".pyc")  # ?rc obj out
parent = obj.parent  # ?rc parent obj
stem = obj.stem  # ?rc stem
parts = obj.parts  # ?rc parts obj
joined = parent.joinpath("cache", "x.bin")  # ?rc joined parent
names = [t.src.name for t in targets]  # ?rc names
text = str(obj)  # ?rc text obj
print(obj, parent, stem, parts, joined, names, text)
