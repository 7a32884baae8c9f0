# Theme: contextvars: set() replaces the context's mapping and returns a Token
# holding the old value; reset() restores; copy_context() shares the mapping.
import contextvars
import gc

level = contextvars.ContextVar("level")  # ?rc level
tag = contextvars.ContextVar("tag", default=["none"])
first = [1.5]  # ?rc first
t1 = level.set(first)  # ?rc first t1 level
second = [2.5]
t2 = level.set(second)  # ?rc first second t2
prev = t2.old_value  # ?rc prev first
got = level.get()  # ?rc got second
dflt = tag.get()  # ?rc dflt
ctx = contextvars.copy_context()  # ?rc ctx second


def work(x):
    tk = level.set(x)
    return [level.get(), tk]


res = ctx.run(work, first)  # ?rc res first second
inner = ctx[level]  # ?rc inner first
same = ctx.get(level)  # ?rc same first
level.reset(t2)  # ?rc second first
level.reset(t1)  # ?rc first
del res, inner, same, prev  # ?rc first
del ctx  # ?rc first second
print(gc.collect())
