# A packager maps source files to archive names with PurePosixPath.relative_to.
import pathlib

root_text = "project root"  # ?rc root_text
root = pathlib.PurePosixPath(root_text)  # ?rc root root_text
src = root / "pkg" / "mod one.py"  # ?rc src root
inner = src.relative_to(root)  # ?rc inner src root
shown = str(inner)  # ?rc shown inner
again = src.relative_to(root_text)  # ?rc again root_text
deep = src.relative_to("project root/pkg")  # ?rc deep
name = str(deep)  # ?rc name deep
itself = src.relative_to(src)  # ?rc itself src
dot = str(itself)  # ?rc dot
absolute = pathlib.PurePosixPath("/srv/data/cache/items.db")  # ?rc absolute
under = absolute.relative_to("/srv/data")  # ?rc under absolute
parts = under.parts  # ?rc parts under
suffix = under.suffix  # ?rc suffix
archive = [str(p.relative_to(root)) for p in [src, root / "setup cfg"]]  # ?rc archive root
print(inner, shown, again, deep, name, itself, dot, under, parts, suffix, archive)
