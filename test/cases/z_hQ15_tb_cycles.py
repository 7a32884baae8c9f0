# Theme: an error reporter that keeps caught exceptions with their
# tracebacks: frames of the failing helpers hold the request objects, an
# exception stored in a local of its own frame forms a cycle, sys.exc_info()
# results are kept in a list; gc.collect() reclaims the cycles.
import gc
import sys

class Request:
    def __init__(self, path):
        self.path = path

def handler(req):
    parts = req.path.split("/")
    return parts[5]

def serve(req, journal):
    try:
        return handler(req)
    except IndexError as e:
        journal.append(e)
        err = e
        return None

journal = []  # ?rc journal
req = Request("/a/b")  # ?rc req
serve(req, journal)  # ?rc req journal
saved = journal[0]  # ?rc saved
tb = saved.__traceback__  # ?rc tb
frame = tb.tb_frame  # ?rc frame
del frame  # ?rc tb
infos = []  # ?rc infos
try:
    handler(Request("/x"))
except IndexError:
    infos.append(sys.exc_info())
info = infos[0]  # ?rc info
del tb, saved  # ?rc req
journal.clear()  # ?rc req
print(gc.collect())
del info, infos  # ?rc req
print(gc.collect())
