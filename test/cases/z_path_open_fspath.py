# open() of path-like objects: _io.open turns the argument into its path first
# (PyOS_FSPath), and the file keeps that str as its name, not the object given.
from pathlib import Path, PurePosixPath
import os


class Where:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text


text = "/dev/" + "null" * len([1])  # ?rc text
where = Where(text)  # ?rc where text
handle = open(where, "rb")  # ?rc handle where text
name = handle.name  # ?rc name where
handle.close()  # ?rc text
del handle  # ?rc text where

path = Path(text)  # ?rc path text
reader = open(path)  # ?rc reader path
shown = str(path)  # ?rc shown path
kept = reader.name  # ?rc kept shown
reader.close()
del reader  # ?rc shown path
spelled = os.fspath(PurePosixPath("/dev", "null"))  # ?rc spelled
again = os.fspath(where)  # ?rc again text
print(name, kept, spelled, again)
