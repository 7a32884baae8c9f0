# os.path's string functions hand back their argument itself more often than not: join of one
# path, of an empty first path, of an absolute later path; basename of a path without '/';
# splitext without an extension; normcase always; dirname of all slashes. Otherwise the result
# is a new str (normpath always, even when nothing changes), and nothing keeps the arguments.
import os
import os.path
import posixpath
from os.path import join, splitext

root = "/srv/data files"  # ?rc root
leaf = "report 2024.txt"  # ?rc leaf
full = os.path.join(root, leaf)  # ?rc full root leaf
alone = os.path.join(root)  # ?rc alone root
empty_first = join("", leaf)  # ?rc empty_first leaf
absolute = join(leaf, root)  # ?rc absolute root leaf
trailing = join(root + "/", "")  # ?rc trailing
head, tail = os.path.split(full)  # ?rc head tail full
bare_head, bare_tail = os.path.split(leaf)  # ?rc bare_head bare_tail leaf
stem, ext = splitext(tail)  # ?rc stem ext tail
noext, none = splitext("/srv/README file")  # ?rc noext none
dotfile, dext = splitext("/home/user/.profile rc")  # ?rc dotfile dext
base = os.path.basename(full)  # ?rc base full
base2 = posixpath.basename(leaf)  # ?rc base2 leaf
dname = os.path.dirname(full)  # ?rc dname
slashes = "////"  # ?rc slashes
top = os.path.dirname(slashes)  # ?rc top slashes
norm = os.path.normpath("/srv//data files/../x y/./z")  # ?rc norm
norm2 = os.path.normpath(leaf)  # ?rc norm2 leaf
case = os.path.normcase(full)  # ?rc case full
parts = [os.path.join(root, f"part {i}.bin") for i in range(3)]  # ?rc parts root
names = [os.path.basename(p) for p in parts]  # ?rc names parts
pairs = [os.path.splitext(n) for n in names]  # ?rc pairs names
is_abs = os.path.isabs(full)
found = os.path.exists(full)  # ?rc full
print(full, head, tail, stem, ext, norm, names, pairs, is_abs)
