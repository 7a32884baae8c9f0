# __exit__ receiving the exception raised in the with-body: the exception is
# also on the caller's stack and is the thread's handled exception.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, et, exc, tb):
        kept = exc  # ?rc exc kept
        return True


err = ValueError("boom boom")  # ?rc err
with CM():
    raise err
after = err  # ?rc after
with CM():
    raise KeyError("no such key")
