# getattr / hasattr with a default on exceptions: a name no exception type has gives the default
# (the exception never escaped, its classes all known); a class __getattr__ hook is called instead.
class JobError(Exception):
    retry = 3

    def __init__(self, job):
        super().__init__(job)
        self.job = job


class Lazy(Exception):
    def __getattr__(self, name):
        return name


token = object()
err = JobError(token)  # ?rc err token
a = getattr(err, "job", None)  # ?rc a token
b = getattr(err, "retry", None)  # ?rc b
c = getattr(err, "missing", token)  # ?rc c token err
d = hasattr(err, "missing")  # ?rc d err
e = hasattr(err, "job")  # ?rc e err
f = hasattr(ValueError(), "errno")  # ?rc f
g = getattr(OSError(2, "no"), "errno", token)  # ?rc g token
lazy = Lazy()
h = getattr(lazy, "missing", token)  # ?rc h token lazy
k = hasattr(lazy, "x")  # ?rc k lazy
try:
    err.nothing
except AttributeError as ae:
    kept = ae  # ?rc kept err
del kept  # ?rc err
grp = ExceptionGroup("g", [err])
m = getattr(grp, "job", token)  # ?rc m token grp err
