# Theme: builtin exceptions that keep their arguments in C members beside args
# (OSError's errno / strerror / filename, SyntaxError's msg and location,
# SystemExit's code, ImportError's msg / name / path, UnicodeDecodeError's parts).
import errno
import gc

msg = ["no such file"]
path = ["data/notes.txt"]
e1 = OSError(errno.ENOENT, msg, path)  # ?rc msg path
kind = type(e1).__name__
fn = e1.filename  # ?rc path fn
why = e1.strerror  # ?rc msg why
try:
    raise e1
except FileNotFoundError as caught:
    got = caught.filename  # ?rc path
del e1, fn, why, got  # ?rc msg path
e2 = OSError(msg)  # ?rc msg
nothing = e2.filename
e2.filename = path  # ?rc path
del e2  # ?rc msg path

text = ["line text"]
e3 = SyntaxError(msg, ("prog.py", 3, 7, text))  # ?rc msg text
where = e3.text  # ?rc text where
e4 = SystemExit(msg, path)
code = e4.code  # ?rc code msg
e5 = SystemExit()
none_code = e5.code
del e3, e4, e5, where, code  # ?rc msg text

name = ["pkg.mod"]
e6 = ImportError(msg, name=name, path=path)  # ?rc msg name path
n = e6.name  # ?rc name n
del e6, n  # ?rc msg name path


class StoreError(OSError):
    def __init__(self, target, reason):
        super().__init__(errno.EACCES, reason, target)
        self.target = target


class QuietError(OSError):
    def __init__(self, target):
        self.target = target


s1 = StoreError(path, msg)  # ?rc path msg s1
first = s1.args  # ?rc first
q1 = QuietError(path)  # ?rc path
empty = q1.filename
del s1, q1, first  # ?rc path msg



def finish():
    return msg
    yield


try:
    next(finish())
except StopIteration as stop:
    ret = stop.value  # ?rc msg ret
del ret  # ?rc msg

raw = b"\xff\xfe broken"
reason = ["invalid start byte"]
e7 = UnicodeDecodeError("utf-8", raw, 0, 1, "invalid start byte")
obj = e7.object  # ?rc obj
del e7
print(kind, nothing, none_code, empty, gc.collect())  # ?rc obj msg
