# Theme: a custom exception hierarchy whose exceptions carry extra
# attributes (the failing request, a retry hint); handlers file the
# exceptions in a dict keyed by error code for a later report, and each
# kept exception's traceback still reaches the finished handler frame.


class Request:
    def __init__(self, path):
        self.path = path


class AppError(Exception):
    code = "app-error"

    def __init__(self, message, request):
        super().__init__(message)
        self.request = request


class NotFound(AppError):
    code = "not-found"


class RateLimited(AppError):
    code = "rate-limited"

    def __init__(self, message, request, retry_after):
        super().__init__(message, request)
        self.retry_after = retry_after


def handle(req):
    if req.path.endswith("/missing"):
        raise NotFound("no such page!", req)
    if req.path.startswith("/api"):
        raise RateLimited("slow down!", req, [1.5, 3.0])
    return len(req.path)


report = {}  # ?rc report
r1 = Request("/home/missing")  # ?rc r1
r2 = Request("/api/items")  # ?rc r2
r3 = Request("/about")
for req in (r1, r2, r3):
    try:
        size = handle(req)
    except RateLimited as err:
        hint = err.retry_after  # ?rc hint
        report.setdefault(err.code, []).append(err)
    except AppError as err:
        report.setdefault(err.code, []).append(err)  # ?rc req
    else:
        ok = req  # ?rc req
del req  # ?rc r1 r2 r3
first = report["not-found"][0]  # ?rc first r1
who = first.request  # ?rc who
limited = report["rate-limited"][0]  # ?rc limited hint
report.clear()  # ?rc first limited r1 r2 hint
del first, limited  # ?rc r1 r2 hint
del who, ok  # ?rc r1 r3
