# Theme: factory functions returning closures: a rate limiter, a memoizer
# and a logger sharing one list through cells.


def make_logger(sink):
    prefix = "[log] "

    def log(msg):
        sink.append(prefix + msg)  # ?rc sink
        return len(sink)

    return log


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    wrapper.cache = cache  # ?rc cache
    return wrapper


@memoize
def square_list(n):
    return [n * n]


lines = []  # ?rc lines
log_a = make_logger(lines)  # ?rc lines log_a
log_b = make_logger(lines)  # ?rc lines log_b
log_a("started")  # ?rc lines
log_b("running")  # ?rc lines
first = square_list(12)  # ?rc first
again = square_list(12)  # ?rc first again
store = square_list.cache  # ?rc store
cells = log_a.__closure__  # ?rc cells
cell_obj = cells[1]  # ?rc cell_obj
held = cell_obj.cell_contents  # ?rc held lines
del log_a  # ?rc lines cells
del cells, cell_obj  # ?rc lines
del log_b, held  # ?rc lines
