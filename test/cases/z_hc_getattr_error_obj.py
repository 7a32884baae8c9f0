# getattr(obj, name) without a default goes through PyObject_GetAttr, whose set_attribute_error_context
# gives the AttributeError its name and obj: the exception keeps the object alive as long as it lives,
# as an attribute expression's does; with a default the error is cleared and nothing is kept.
class Row:
    pass
r0 = Row()  # ?rc r0
try:
    r0.missing
except AttributeError as e:
    err = e
print(err)  # ?rc r0
try:
    getattr(r0, "missing2")
except AttributeError as e:
    err2 = e
print(err2)  # ?rc r0
d = getattr(r0, "missing3", None)  # ?rc r0
del err, err2
print(d)  # ?rc r0
