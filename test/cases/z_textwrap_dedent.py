# Theme: textwrap.dedent on module texts: a new str when it removes a margin
# or empties blank lines, the argument itself when there is nothing to do.
import textwrap

RAW = """
    first line of the text
      indented more
    last line
"""  # ?rc RAW
TEXT = textwrap.dedent(RAW)  # ?rc TEXT RAW
FLAT = "no margin here\nat all\n"  # ?rc FLAT
same = textwrap.dedent(FLAT)  # ?rc same FLAT
blank = textwrap.dedent("a line\n   \nanother line\n")  # ?rc blank
mixed = textwrap.dedent("\tone tab\n    four spaces\n")  # ?rc mixed
lines = TEXT.splitlines()  # ?rc lines
first = lines[1]  # ?rc first
print(TEXT is RAW, same is FLAT, len(blank), len(mixed))
