# Theme: a generator that keeps the exceptions it caught in its own local
# list. Each traceback points back at the generator's frame, so the frame,
# the list and the exceptions form a cycle; closing the generator by hand
# versus leaving it to gc.collect().
import gc


class ParseError(Exception):
    pass


def parse_all(lines):
    errors = []
    for lineno, text in enumerate(lines, 1):
        try:
            if not text.replace(".", "", 1).isdigit():
                raise ParseError(f"line {lineno}: {text!r}")
            yield float(text)
        except ParseError as exc:
            errors.append(exc)  # ?rc exc errors
    yield errors


data = ["1.5", "x-ray", "2.25", "??", "40"]  # ?rc data
gen = parse_all(data)  # ?rc gen data
values = [next(gen) for _ in range(3)]  # ?rc values
log = next(gen)  # ?rc log
print(values, log)
first = log[0]  # ?rc first
tb = first.__traceback__  # ?rc tb
frame = tb.tb_frame  # ?rc frame
print(frame.f_code.co_name, frame is gen.gi_frame)
del tb, frame  # ?rc first
gen.close()  # ?rc log first -- does the frame object keep `errors`?
print(gc.collect())  # first and log are still named
del first, log
print(gc.collect())  # frame, errors, exceptions, tracebacks if still linked
gen2 = parse_all(["3.5", "oops"])  # ?rc gen2
log2 = list(gen2)[-1]  # ?rc log2
err2 = log2[0]  # ?rc err2
del gen2, log2  # ?rc err2
del err2
print(gc.collect())  # the exhausted generator has no frame any more
