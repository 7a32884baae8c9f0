# Theme: a pretty printer for nested containers, like a small json.dumps
# with indentation. It walks dicts, lists and tuples recursively, keeps
# the ids on the current path to print self-references as <cycle>, and
# yields lines from a generator so callers can stream them.
import gc


class Printer:
    def __init__(self, indent=2):
        self.indent = indent
        self.path = []

    def lines(self, value, depth=0):
        pad = " " * (self.indent * depth)
        if id(value) in self.path:
            yield pad + "<cycle>"
            return
        if isinstance(value, dict):
            self.path.append(id(value))
            yield pad + "{"
            for key in sorted(value):
                yield pad + "  " + repr(key) + ":"
                yield from self.lines(value[key], depth + 2)
            yield pad + "}"
            self.path.pop()
        elif isinstance(value, (list, tuple)):
            self.path.append(id(value))
            yield pad + "["
            for item in value:
                yield from self.lines(item, depth + 1)  # ?rc item value
            yield pad + "]"
            self.path.pop()
        else:
            yield pad + repr(value)

    def render(self, value):
        return "\n".join(self.lines(value))


config = {
    "servers": [{"host": "alpha.example", "load": 0.75},
                {"host": "beta.example", "load": 1.25}],
    "limits": (10.5, 20.5),
}
config["self"] = config  # ?rc config
servers = config["servers"]  # ?rc servers
printer = Printer()  # ?rc printer
text = printer.render(config)  # ?rc config servers
print(text)
stream = printer.lines(servers)  # ?rc stream servers
head = next(stream)  # ?rc stream
first = next(stream)  # ?rc servers
print(head, first)
stream.close()  # ?rc servers
del stream  # ?rc servers
print(gc.collect())
del servers, text
del config  # ?rc printer
print(gc.collect())  # the config dict refers to itself
