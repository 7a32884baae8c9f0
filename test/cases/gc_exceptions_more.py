# Theme: exceptions stored in locals of the frame that raised them.
import gc

gc.collect()

def catch():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return None

catch()
print(gc.collect())

def chain():
    try:
        try:
            raise KeyError("a")
        except KeyError as e:
            raise ValueError("b") from e
    except ValueError as v:
        saved = v
    return saved

x = chain()  # ?rc x
del x
print(gc.collect())
