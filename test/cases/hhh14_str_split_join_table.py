# Parsing and re-emitting semicolon-separated text by hand: splitlines,
# split, strip, join and partition produce new strings and lists.
import gc

RAW = """id;name;city
1;Ana Lima;Porto Alegre
2;Bo Chen;New York
3;Cy Diaz;San Jose"""  # ?rc RAW

lines = RAW.splitlines()  # ?rc lines
header = lines[0].split(";")  # ?rc header
rows = [line.split(";") for line in lines[1:]]  # ?rc rows
row0 = rows[0]  # ?rc row0
city0 = row0[2]  # ?rc city0


def to_records(hdr, table):
    out = []
    for r in table:
        rec = dict(zip(hdr, r))  # ?rc rec r
        out.append(rec)
    return out


records = to_records(header, rows)  # ?rc records row0 city0
rec0 = records[0]  # ?rc rec0
cities = [r["city"] for r in records]  # ?rc cities city0
joined = " | ".join(cities)  # ?rc joined
head, sep, tail = joined.partition(" | ")  # ?rc head tail
same_city = head  # ?rc head city0
initials = "".join(n.split()[0][0] + n.split()[1][0] for n in (r["name"] for r in records))  # ?rc initials
out_lines = [";".join(r) for r in rows]  # ?rc out_lines
text = "\n".join([";".join(header)] + out_lines)  # ?rc text
del rows  # ?rc row0 city0
del records, cities  # ?rc city0 rec0
print(text == RAW, initials, tail, same_city)
print(gc.collect())
