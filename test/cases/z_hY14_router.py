# Theme: an HTTP-like router: routes registered by a decorator into a list of
# (compiled pattern, handler) pairs, request and response objects, a
# middleware chain of closures, and path parameters taken from match groups.
import gc
import re


class Request:
    def __init__(self, method, path):
        self.method = method
        self.path = path
        self.params = {}


class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body


class Router:
    def __init__(self):
        self.routes = []
        self.middleware = []

    def route(self, pattern):
        compiled = re.compile("^" + pattern + "$")

        def register(handler):
            self.routes.append((compiled, handler))
            return handler

        return register

    def dispatch(self, request):
        for compiled, handler in self.routes:
            match = compiled.match(request.path)
            if match:
                request.params = match.groupdict()
                return handler(request)
        return Response(404, "not found")


app = Router()  # ?rc app


@app.route(r"/users/(?P<uid>\d+)")
def show_user(request):
    body = "user #" + request.params["uid"]
    return Response(200, body)


@app.route(r"/health")
def health(request):
    return Response(200, "ok")


def logging_mw(next_handler, log):
    def wrapped(request):
        log.append(request.path)
        return next_handler(request)
    return wrapped


log = []  # ?rc log
handler = logging_mw(app.dispatch, log)  # ?rc handler log app
req = Request("GET", "/users/42")  # ?rc req
resp = handler(req)  # ?rc resp req
params = req.params  # ?rc params
body = resp.body  # ?rc body
missing = handler(Request("GET", "/nope"))  # ?rc missing
entry = app.routes[0]  # ?rc entry show_user
del handler  # ?rc app log
print(gc.collect())
del app, entry  # ?rc show_user health
print(gc.collect())
