# Theme: a context manager that records the exception it suppresses. The
# stored traceback reaches the frame that ran the `with` block, and that
# frame's locals include the manager itself: a cycle that only
# gc.collect() can free unless the record is cleared by hand.
import gc


class Recorder:
    def __init__(self, label):
        self.label = label
        self.failures = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, ArithmeticError):
            self.failures.append((exc, tb))  # ?rc exc tb
            return True
        return False


def risky_average(values, rec):
    with rec:
        return sum(values) / len(values)
    return None


def run_batch(batches):
    rec = Recorder("batch run")
    results = [risky_average(b, rec) for b in batches]  # ?rc rec
    return rec, results


rec, results = run_batch([[1.5, 2.5], [], [4.5], []])  # ?rc rec results
exc, tb = rec.failures[0]  # ?rc exc tb rec
print(results, len(rec.failures), type(exc).__name__)
frame = tb.tb_frame  # ?rc frame
print(frame.f_code.co_name, tb.tb_next)
del exc, tb, frame  # ?rc rec
del rec, results
print(gc.collect())  # recorder, its list, pairs, exceptions, tracebacks, frames
rec, results = run_batch([[], [7.5]])  # ?rc rec results
rec.failures.clear()  # ?rc rec
del rec
print(gc.collect())  # nothing: clearing the list broke the cycle
