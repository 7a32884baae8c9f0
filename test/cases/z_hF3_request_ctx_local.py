# Request context with contextvars and threading.local: tokens restore previous values, a handler's objects are released when the context resets.
import contextvars
import gc
import sys
import threading


current_request = contextvars.ContextVar("current_request", default=None)
local = threading.local()


class Request:
    def __init__(self, path, user):
        self.path = path
        self.user = user
        self.items = []

    def add(self, item):
        self.items.append(item)


class HandlerError(Exception):
    pass


def handle(path, user):
    req = Request(path, user)
    token = current_request.set(req)
    local.request = req
    try:
        process()
        return req
    except HandlerError:
        return None
    finally:
        current_request.reset(token)
        local.request = None


def process():
    req = current_request.get()
    req.add({"seen": req.path})
    if req.path.startswith("/fail"):
        raise HandlerError(req.path)


r = handle("/home", "ann")  # ?rc r
print(r.items, current_request.get())
item = r.items[0]  # ?rc item
print(sys.getrefcount(r), local.request)
failed = handle("/fail/now", "ben")
print(failed)
ctx = contextvars.copy_context()  # ?rc ctx
outer = Request("/outer", "cy")  # ?rc outer
tok = current_request.set(outer)  # ?rc outer
print(current_request.get() is outer, ctx.get(current_request))
current_request.reset(tok)  # ?rc outer
del tok  # ?rc outer
local.request = outer  # ?rc outer
local.extra = [outer, outer]  # ?rc outer
del local.extra  # ?rc outer
del r  # ?rc item
print(gc.collect())
