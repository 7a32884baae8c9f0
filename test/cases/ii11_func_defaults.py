# Theme: defaults that are replaced (__defaults__ / __kwdefaults__),
# defaults of functions defined inside another function (a new tuple per
# def), and functools.partial, which keeps its bound arguments.
import functools


class Conf:
    pass


base = Conf()  # ?rc base
alt = Conf()  # ?rc alt


def connect(host, conf=base, *, retry=alt):
    used = conf  # ?rc conf retry
    return used


connect("host name")  # ?rc base alt
connect.__defaults__ = (alt,)  # ?rc base alt
connect.__kwdefaults__ = {"retry": base}  # ?rc base alt
got = connect("host name")  # ?rc alt got


def factory(value):
    def reader(v=value):
        return v

    return reader


readers = [factory(base) for _ in range(3)]  # ?rc base readers
first = readers[0]()  # ?rc base first
readers.clear()  # ?rc base
bound = functools.partial(connect, "host name", conf=base)  # ?rc base bound
res = bound()  # ?rc base res
del bound  # ?rc base
del connect  # ?rc alt base
