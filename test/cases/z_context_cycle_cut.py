# Raising an exception that is already in the handled one's __context__ chain cuts that link
# (_PyErr_SetObject avoids a new cycle): `raise ea` in the handler of eb, which ea's handler
# raised, leaves eb.__context__ None and ea.__context__ eb.
import gc


class Payload:
    pass


box = []
ea = ValueError(Payload())
eb = KeyError(Payload())
try:
    try:
        raise ea
    except ValueError:
        try:
            raise eb
        except KeyError:
            raise ea
except ValueError as caught:
    box.append(caught)
ctx_b = eb.__context__  # ?rc ea eb
ctx_a = ea.__context__  # ?rc eb
del ctx_b, ctx_a
same = box[0] is ea  # ?rc ea
box.clear()
del ea, eb
n = gc.collect()  # ?gc n
