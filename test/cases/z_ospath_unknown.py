# os.path on a path whose text the analysis cannot know (the script's own path): any argument
# may be the result itself, so those counts stay open, while what the functions build from known
# text stays exact.
import os.path
import sys

script = sys.argv[0]  # ?rc script
folder = os.path.dirname(script)  # ?rc folder
name = os.path.basename(script)  # ?rc name
stem, ext = os.path.splitext(name)  # ?rc stem ext
head, tail = os.path.split(script)  # ?rc head tail
joined = os.path.join(folder, "out files", stem + ".log")  # ?rc joined
norm = os.path.normpath(joined)  # ?rc norm
known = os.path.join("/tmp/x y", "z w.txt")  # ?rc known
flag = os.path.isabs(script)
print(folder, name, stem, ext, joined, norm, known, flag)
