# Application: a custom exception hierarchy with attributes, re-raising with
# context, an exception stored on an object, finally blocks that modify state
# and exceptions escaping loops.
import gc
import sys


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class ParseError(AppError):
    def __init__(self, msg, line):
        super().__init__(msg, 400)
        self.line = line


class Job:
    def __init__(self, name):
        self.name = name
        self.error = None
        self.attempts = 0


def parse(lines):
    out = []
    for no, text in enumerate(lines):
        if not text.isdigit():
            raise ParseError("bad line %r" % text, no)
        out.append(int(text) * 1000)
    return out


def run(job, lines):
    try:
        job.attempts += 1
        return parse(lines)
    except ParseError as pe:
        job.error = pe  # ?rc pe job
        raise AppError("job %s failed" % job.name, 500) from pe
    finally:
        job.attempts += 10


job = Job("import")  # ?rc job
ok = run(job, ["12", "34"])  # ?rc ok job
try:
    run(job, ["56", "x7"])
except AppError as outer:
    cause = outer.__cause__  # ?rc cause outer
    code = outer.code  # ?rc code
stored = job.error  # ?rc stored
tb = stored.__traceback__  # ?rc tb
print(stored.line, job.attempts)
results = []
for chunk in (["1", "2"], ["3", "z"], ["4"]):
    try:
        results.append(parse(chunk))  # ?rc results
    except ParseError as e:
        failed = e  # ?rc failed
        break
pending = []
try:
    for name in ["a1", "b2", "c3"]:
        pending.append(Job(name))
        if len(pending) == 2:
            raise RuntimeError("stop at %d" % len(pending))
except RuntimeError as stop:
    reason = stop.args[0]  # ?rc reason pending
del tb, stored  # ?rc job
job.error = None  # ?rc cause
del cause, failed
print(gc.collect())
