# Theme: a retry loop that remembers the last failure. The saved
# exception's traceback reaches the retry function's own frame, which
# holds the exception again: once the function returns, that cycle keeps
# the payload and the bound method alive until gc runs.
import gc


class TransientError(Exception):
    def __init__(self, attempt, payload):
        super().__init__(attempt)
        self.payload = payload


class Flaky:
    def __init__(self, fail_times):
        self.fail_times = fail_times
        self.calls = 0

    def fetch(self, payload):
        self.calls += 1
        if self.calls <= self.fail_times:
            raise TransientError(self.calls, payload)
        return [payload]


def retry(op, payload, attempts):
    history = []
    last_error = None
    for n in range(attempts):
        try:
            result = op(payload)
        except TransientError as exc:
            last_error = exc
            history.append(exc.args[0])
            continue
        return result, history
    return None, history


data = {"rows": 10 ** 6}  # ?rc data
service = Flaky(2)  # ?rc service
gc.collect()
got, hist = retry(service.fetch, data, 5)  # ?rc data got hist service
print(gc.collect())
after = data  # ?rc data service
broken = Flaky(10)  # ?rc broken
got2, hist2 = retry(broken.fetch, data, 3)  # ?rc data hist2 broken
print(gc.collect())
tail = data  # ?rc data broken
