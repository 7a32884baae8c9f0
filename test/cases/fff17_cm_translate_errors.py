# Theme: a @contextmanager that translates low-level errors into a domain
# error (raise ... from inside the generator), and another that yields a
# fresh buffer and flushes it into a sink in finally.
import contextlib
import gc


class ApiError(Exception):
    pass


class Buffer:
    def __init__(self):
        self.parts = []


@contextlib.contextmanager
def api_errors(context):
    try:
        yield context
    except (KeyError, IndexError) as low:
        wrapped = ApiError(context)  # ?rc wrapped
        raise wrapped from low


@contextlib.contextmanager
def buffered(sink):
    buf = Buffer()  # ?rc buf
    try:
        yield buf
    finally:
        sink.append(buf)  # ?rc buf sink


class Request:
    pass


req = Request()  # ?rc req
sink = []  # ?rc sink
with buffered(sink) as b1:
    b1.parts.append(req)  # ?rc b1 req
first = sink[0]  # ?rc first b1
try:
    with api_errors(req) as ctx:
        inner = ctx  # ?rc inner req
        {}["nope!"]
except ApiError as e:
    low = e.__cause__  # ?rc low e req
print(gc.collect())
del low
print(gc.collect())
with api_errors(req):
    with buffered(sink) as b2:
        b2.parts.append(sink)  # ?rc b2
second = sink[1]  # ?rc second sink
sink.clear()  # ?rc b1 b2
print(gc.collect())
