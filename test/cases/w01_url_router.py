# Theme: a tiny web router: routes compile regex patterns, handlers are plain
# functions and bound methods, middleware wraps them in closures, requests and
# responses are dataclasses; the router keeps an access log.
import gc
import re
from dataclasses import dataclass, field

@dataclass
class Request:
    method: str
    path: str
    params: dict = field(default_factory=dict)

@dataclass
class Response:
    status: int
    body: str

class Route:
    def __init__(self, method, pattern, handler):
        self.method = method
        self.regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")
        self.handler = handler

    def match(self, req):
        m = self.regex.match(req.path) if req.method == self.method else None
        return m.groupdict() if m else None

class Router:
    def __init__(self):
        self.routes, self.log = [], []

    def add(self, method, pattern, handler):
        def wrapped(req):
            resp = handler(req)
            self.log.append((req.method, req.path, resp.status))
            return resp
        route = Route(method, pattern, wrapped)
        self.routes.append(route)  # ?rc route
        return route

    def dispatch(self, req):
        for route in self.routes:
            params = route.match(req)
            if params is not None:
                req.params.update(params)
                return route.handler(req)
        return Response(404, "not found: " + req.path)

class UserStore:
    def __init__(self):
        self.users = {"7": "Ada Lovelace", "9": "Alan Turing"}

    def show(self, req):
        return Response(200, f"user {self.users.get(req.params['uid'], '??')}")

router = Router()  # ?rc router
store = UserStore()  # ?rc store
home = router.add("GET", "/", lambda req: Response(200, "welcome home!"))  # ?rc home router
users = router.add("GET", "/users/<uid>", store.show)  # ?rc users store
req = Request("GET", "/users/9")  # ?rc req
resp = router.dispatch(req)  # ?rc resp req
missing = router.dispatch(Request("POST", "/users/9"))  # ?rc missing
entry = router.log[0]  # ?rc entry
handler = users.handler  # ?rc handler
cells = handler.__closure__  # ?rc cells
del cells, handler, home, users, store  # ?rc router
print(gc.collect())  # nothing yet: router is still named
del router
print(gc.collect())  # routes, closures, cells, bound method, store
