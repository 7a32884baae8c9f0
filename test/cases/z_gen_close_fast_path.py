# Theme: closing a generator paused at a yield outside any try: 3.13 clears its variables at once (no GeneratorExit), even while a traceback keeps its frame; 3.11/3.12 finish it and the frame object keeps them.
def g(box, sink):
    try:
        1 / 0
    except ZeroDivisionError as e:
        sink.append(e)
    yield 1
    yield 2


sink = []
box = [1.5]
gen = g(box, sink)
next(gen)  # ?rc box
gen.close()  # ?rc box -- 3.11/3.12: 2 (the frame object keeps the local); 3.13: 1
