# Theme: io.BytesIO shares its buffer object: getvalue() hands out the object it
# keeps until the next write, BytesIO(b) starts on b itself, getbuffer() exports.
import io
import sys

data = b"not an identifier!" * 2  # ?rc data
bio = io.BytesIO()  # ?rc bio
n = bio.write(data)  # ?rc data
v1 = bio.getvalue()  # ?rc v1
v2 = bio.getvalue()  # ?rc v1 v2
bio.write(b"tail bytes")  # ?rc v1
v3 = bio.getvalue()  # ?rc v3 v1
src = io.BytesIO(data)  # ?rc data src
whole = src.read()  # ?rc whole data
src.seek(0)
head = src.read(4)  # ?rc head data
buf = bio.getbuffer()  # ?rc buf bio v3
try:
    bio.write(b"more")
except BufferError:
    refused = "exported"
chunk = bytes(buf[:4])  # ?rc chunk
buf.release()  # ?rc bio
bio.close()  # ?rc v3
filled = io.BytesIO()
filled.write(b"12345678")
filled.write(b"9")
filled.seek(0)
again = filled.read()  # ?rc again -- the buffer itself when the writes filled it exactly
print(sys.getrefcount(data), n, refused, len(v2), head, chunk, again)
