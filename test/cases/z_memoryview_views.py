# Theme: zero-copy slicing with memoryview: views share one managed buffer
# that holds the bytearray, release() and `with` let it go, and a bytearray
# cannot be resized while a view of it is alive.
import gc

data = bytearray(b"header:payload-bytes")  # ?rc data
view = memoryview(data)  # ?rc data view
body = view[7:]  # ?rc data view body
again = memoryview(view)  # ?rc data again
owner = view.obj  # ?rc data owner
del owner
second = memoryview(data)  # ?rc data second
copy = bytes(body)  # ?rc copy
first = body[0]
size = len(body)
body[0:7] = b"PAYLOAD"
try:
    data.append(33)
except BufferError as exc:
    err = exc  # ?rc err
del err
body.release()  # ?rc data
again.release()  # ?rc data
view.release()  # ?rc data view
second.release()  # ?rc data
data.append(33)  # ?rc data
del view, body, again, second
frozen = b"immutable"
ro = memoryview(frozen)  # ?rc frozen ro
try:
    ro[0] = 65
except TypeError:
    pass
with memoryview(frozen) as m:
    head = m[:4].tobytes()  # ?rc frozen head
    items = m.tolist()  # ?rc items
print(first, size, copy, data, head, len(items), gc.collect())  # ?rc frozen
