# Theme: a CSV report written into io.StringIO with the csv module and a
# binary record file in io.BytesIO with struct: write, seek, read back,
# getvalue, getbuffer.
import csv
import gc
import io
import struct

rows = [("north-east", 1250.5, 3), ("south", 980.25, 7), ("west coast", 1502.0, 2)]  # ?rc rows
text_out = io.StringIO()  # ?rc text_out
writer = csv.writer(text_out)  # ?rc writer text_out
writer.writerow(["region", "revenue", "stores"])
writer.writerows(rows)  # ?rc rows
report = text_out.getvalue()  # ?rc report
again = text_out.getvalue()  # ?rc again
text_out.seek(0)
reader = csv.reader(text_out)  # ?rc reader
header = next(reader)  # ?rc header
parsed = [r for r in reader]  # ?rc parsed
first = parsed[0]  # ?rc first
bin_out = io.BytesIO()  # ?rc bin_out
fmt = struct.Struct("<10sdi")  # ?rc fmt
for region, revenue, stores in rows:
    bin_out.write(fmt.pack(region.encode()[:10], revenue, stores))  # ?rc revenue
blob = bin_out.getvalue()  # ?rc blob
view = bin_out.getbuffer()  # ?rc view bin_out
size = len(view)
view.release()
bin_out.seek(fmt.size)
chunk = bin_out.read(fmt.size)  # ?rc chunk
name, revenue, stores = fmt.unpack(chunk)  # ?rc revenue name
with io.StringIO("alpha beta\ngamma delta\n") as fh:
    lines = fh.readlines()  # ?rc lines fh
words = " ".join(lines).split()  # ?rc words
text_out.close()  # ?rc text_out
print(report, size, stores, words, gc.collect())
