# traceback.format_exc / format_exception / print_exc / print_exception build a
# TracebackException(type(value), value, tb, compact=True) and format it: str() of each
# chained exception runs (a class's own __str__ too), the traceback's frames are read for
# their code and line numbers, and nothing is kept once the call returns. format_exc's
# result is a new str, format_exception's a new list; the exception, its frames' locals
# and whatever they hold keep exactly their counts.
import gc
import sys
import traceback


class Oops(Exception):
    pass


class Loud(Exception):
    def __str__(self):
        return "loud!"


def boom(arg):
    local = [arg]  # ?rc arg local
    raise Oops(arg)


def wrap(arg):
    try:
        boom(arg)
    except Oops as inner:
        raise Loud("outer") from inner


payload = [1.5]  # ?rc payload
try:
    boom(payload)
except Oops as e:
    txt = traceback.format_exc()  # ?rc txt payload e
    lines = traceback.format_exception(e)  # ?rc lines e payload
    lines2 = traceback.format_exception(type(e), e, e.__traceback__)  # ?rc lines2 e
    traceback.print_exc(limit=1)  # ?rc e payload
    traceback.print_exception(e, chain=False)  # ?rc e payload
    kept = e  # ?rc kept
print(sys.getrefcount(payload))
try:
    wrap(payload)
except Loud as outer:
    text2 = traceback.format_exc()  # ?rc text2 outer payload
    cause = outer.__cause__  # ?rc cause
    again = traceback.format_exception(outer)  # ?rc again cause outer
none_txt = traceback.format_exc()  # ?rc none_txt
del kept, cause
print(gc.collect())
print(sys.getrefcount(payload))
