# yield from: closing the outer generator closes the inner one, whose
# `except GeneratorExit` handler runs and its frame is freed.
def collector(store):
    try:
        while True:
            rec = yield
            store.append(rec)
    except GeneratorExit:
        store.append(["closed marker"])


def delegate(target):
    yield from target


store = []  # ?rc store
sink = collector(store)  # ?rc store
wrap = delegate(sink)
next(wrap)
wrap.close()  # ?rc store sink
closed = store[-1]  # ?rc closed
