# Theme: a worker generator that catches exceptions thrown into it with
# throw() and keeps yielding; the thrown exception is stored in a list.


class Task:
    pass


def worker(failures):
    current = None
    while True:
        try:
            current = yield current
        except RuntimeError as exc:
            failures.append(exc)  # ?rc exc failures
            current = exc.args[0]  # ?rc current


t1, t2 = Task(), Task()  # ?rc t1 t2
failures = []  # ?rc failures
w = worker(failures)  # ?rc w failures
next(w)
echo = w.send(t1)  # ?rc echo t1
back = w.throw(RuntimeError(t2))  # ?rc back t2 t1
err = failures[0]  # ?rc err t2
again = w.send(t1)  # ?rc t1 t2
w.close()  # ?rc t1 t2 failures
del back, echo, again  # ?rc t1 t2
failures.clear()  # ?rc err t2
del err  # ?rc t2
