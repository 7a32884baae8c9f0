# sys.stdout replaced only on some runs, or while code the analysis does not
# follow runs: which stream is current, and who holds the buffer, stay open.
import contextlib
import io
import platform
import sys

buf = io.StringIO()  # ?rc buf
if len(sys.argv) > 5:
    sys.stdout = buf
print("maybe captured, maybe not")
text = buf.getvalue()  # ?rc text
sys.stdout = sys.__stdout__  # ?rc buf

other = io.StringIO()  # ?rc other
sys.stdout = other  # ?rc other
name = platform.system()
sys.stdout = sys.__stdout__
print(len(name) > 0)  # ?rc other

sink = io.StringIO()
with contextlib.redirect_stdout(sink) as s:
    platform.python_version()  # ?rc sink s
got = sink.getvalue()  # ?rc got
del s
later = sys.stdout
print("back to the console")  # ?rc sink

box = io.StringIO()  # ?rc box
if len(sys.argv) > 7:
    with contextlib.redirect_stdout(box):
        print("only on some runs")
print("after the maybe-redirect")  # ?rc box
guard = contextlib.redirect_stdout(box)  # ?rc box
if len(sys.argv) > 7:
    guard.__enter__()
print("maybe in the box")  # ?rc box
