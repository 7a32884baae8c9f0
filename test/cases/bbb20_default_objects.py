# Theme: default arguments that hold objects: a shared sentinel, a default
# instance, keyword-only defaults. The function's __defaults__ and
# __kwdefaults__ tuples/dicts keep those objects alive.


class Style:
    def __init__(self, color):
        self.color = color


_MISSING = object()  # ?rc _MISSING
PLAIN = Style("plain black")  # ?rc PLAIN


def render(text, style=PLAIN, *, fallback=_MISSING, cache={}):
    s = style  # ?rc s
    if fallback is _MISSING:
        fb = None
    else:
        fb = fallback  # ?rc fb
    cache[text] = s  # ?rc s
    return s.color


render("hello world")  # ?rc PLAIN _MISSING
bold = Style("bold red")  # ?rc bold
render("title text", bold)  # ?rc bold
render("footer text", fallback=bold)  # ?rc bold
defs = render.__defaults__  # ?rc defs PLAIN
kwdefs = render.__kwdefaults__  # ?rc kwdefs
cache = kwdefs["cache"]  # ?rc cache


def make_renderer(default_style):
    def inner(text, style=default_style):
        return style.color
    return inner


r1 = make_renderer(bold)  # ?rc bold r1
r2 = make_renderer(bold)  # ?rc bold r2
r1("one line")  # ?rc bold
PLAIN = Style("new plain")  # ?rc PLAIN
old_plain = defs[0]  # ?rc old_plain
cache.clear()  # ?rc bold
del r1, r2  # ?rc bold
del defs, kwdefs  # ?rc old_plain _MISSING
print(render("z text"), len(cache))
