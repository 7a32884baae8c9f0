# A report formatter uses textwrap to lay out paragraphs of program-built text.
import textwrap


class Note:
    def __init__(self, title, body):
        self.title = title
        self.body = body


notes = [Note("first item!", "word " * 30), Note("second item!", "alpha beta gamma " * 8)]  # ?rc notes
body = notes[0].body  # ?rc body
lines = textwrap.wrap(body, width=24)  # ?rc lines body
para = textwrap.fill(body, width=30)  # ?rc para body
short = textwrap.shorten(notes[1].body, width=40)  # ?rc short
block = textwrap.dedent("""
    indented line one
    indented line two
""")  # ?rc block
ind = textwrap.indent(para, "> ")  # ?rc ind para
wrapper = textwrap.TextWrapper(width=20, initial_indent="* ")  # ?rc wrapper
out = wrapper.wrap(notes[1].body)  # ?rc out wrapper
first = out[0]  # ?rc first out
same = textwrap.fill("short text!", width=50)  # ?rc same
print(len(lines), short, block, first, same)
