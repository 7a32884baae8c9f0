# Commands that come from outside the program (sys.argv, os.environ): which
# case matches is unknown, yet counts stay sound, and values captured from
# known parts of the subject still count as references.
import os
import sys


class Handler:
    def __init__(self, name):
        self.name = name


default = Handler("default handler")
handlers = {"a": Handler("a handler"), "b": default}  # ?rc handlers default
args = list(sys.argv[1:])

for arg in args:
    match arg.split("="):
        case [key, value]:
            handlers[key] = Handler(value)
        case [flag]:
            handlers.pop(flag, None)

chosen = handlers.get("b", default)  # ?rc default chosen

mode = os.environ.get("RCL_MODE_SURELY_UNSET")
pair = (default, [mode])  # ?rc pair default
match pair:
    case (Handler() as h, [None]):
        picked = h  # ?rc h default picked
    case (h, [text]):
        picked = h
after = default  # ?rc default after pair


def route(request):
    match request:
        case {"path": "/", "handler": hd}:
            return hd
        case {"path": p, **rest} if rest:
            return rest
        case _:
            return None


r1 = route({"path": "/", "handler": default})  # ?rc r1 default
r2 = route({"path": "/x", "extra": default})  # ?rc r2 default
