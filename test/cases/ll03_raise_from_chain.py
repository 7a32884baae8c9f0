# Theme: translating low-level errors with `raise ... from`, implicit
# __context__ chaining, and keeping the translated errors in a list.
import gc


class ConfigError(Exception):
    pass


class Source:
    def __init__(self, text):
        self.text = text


def parse_number(src):
    return float(src.text)


def load(src):
    try:
        return parse_number(src)
    except ValueError as exc:
        raise ConfigError(src) from exc


def load_quiet(src):
    try:
        return parse_number(src)
    except ValueError:
        raise ConfigError(src)


good = Source("2.5")  # ?rc good
bad = Source("not a number!")  # ?rc bad
problems = []  # ?rc problems
value = load(good)  # ?rc value good
for loader in (load, load_quiet):
    try:
        loader(bad)
    except ConfigError as err:
        problems.append(err)  # ?rc err bad problems
first = problems[0]  # ?rc first bad
cause = first.__cause__  # ?rc cause first
ctx = problems[1].__context__  # ?rc ctx
suppressed = problems[1].__suppress_context__
del cause, ctx  # ?rc first
del first  # ?rc bad
problems.clear()  # ?rc bad problems
print(gc.collect())
held = bad  # ?rc bad
