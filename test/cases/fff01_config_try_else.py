# Theme: loading config sections with try / except / else / finally, each
# part binding its own objects; the handler's `as` name goes away when the
# handler ends, the names bound in else/finally stay.
import gc


class Section:
    def __init__(self, name, values):
        self.name = name
        self.values = values


class ConfigError(Exception):
    pass


def parse(raw):
    if "=" not in raw:
        raise ConfigError(raw)
    key, _, value = raw.partition("=")
    return Section(key.strip(), [value.strip()])


def load(lines, audit):
    sections = []  # ?rc sections
    for raw in lines:
        try:
            sec = parse(raw)  # ?rc sec
        except ConfigError as err:
            bad = err  # ?rc bad err
            audit.append(bad.args[0])
        else:
            sections.append(sec)  # ?rc sec
            kept = sec  # ?rc kept
        finally:
            seen = raw  # ?rc audit
    return sections


audit = []  # ?rc audit
lines = ["alpha = 1", "broken line!", "beta = two words"]
result = load(lines, audit)  # ?rc result audit
first = result[0]  # ?rc first
try:
    section = parse("no equals sign here")
except ConfigError as e:
    caught = e  # ?rc caught
else:
    section = None
finally:
    marker = audit  # ?rc marker audit
print(gc.collect())
del caught
print(gc.collect())
done = result  # ?rc done first
