# Exporting and re-reading program records through csv over io.StringIO.
import csv
import io


class Item:
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty


items = [Item("A-100", 3), Item("B-200", 7)]  # ?rc items
buf = io.StringIO()  # ?rc buf
w = csv.writer(buf)  # ?rc w buf
w.writerow(["sku", "qty"])  # ?rc w
for it in items:
    w.writerow([it.sku, it.qty])
text = buf.getvalue()  # ?rc text buf
rd = csv.DictReader(io.StringIO(text))  # ?rc rd
rows = list(rd)  # ?rc rows rd
first = rows[0]  # ?rc first rows
dw = csv.DictWriter(io.StringIO(), fieldnames=["sku", "qty"])  # ?rc dw
dw.writeheader()  # ?rc dw
dw.writerows(rows)  # ?rc dw rows first
print(text, rows)
