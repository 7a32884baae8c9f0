# Theme: str / bytes methods called with keyword arguments (split(sep=), encode(errors=),
# decode(encoding=)): the keywords are the parameters, not ignored
record = "name=Ada Lovelace;year=1815"  # ?rc record
fields = record.split(sep=";")  # ?rc fields
key, value = fields[0].split("=", maxsplit=1)  # ?rc key value
first, last = value.rsplit(maxsplit=1)  # ?rc first last
report = "caf\u00e9 \u2603 ok"  # ?rc report
ascii_bytes = report.encode("ascii", errors="replace")  # ?rc ascii_bytes
latin = "caf\u00e9".encode(encoding="latin-1")  # ?rc latin
back = latin.decode(encoding="latin-1")  # ?rc back
accent = b"\xc3\xa9".decode()  # ?rc accent
lenient = b"caf\xe9 ok".decode(errors="replace")  # ?rc lenient
rows = "a\nb\n".splitlines(keepends=True)  # ?rc rows
cells = b"1,2,3".split(sep=b",")  # ?rc cells
summary = [key, first, last, back]  # ?rc summary
