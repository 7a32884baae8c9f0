# A help-screen builder indents, fills and shortens the program's texts with textwrap.
import textwrap

USAGE = "usage: tool [options] FILE...\n\nOptions:\n  -v  verbose\n"  # ?rc USAGE
boxed = textwrap.indent(USAGE, "| ")  # ?rc boxed USAGE
blank_kept = textwrap.indent("   \n", "> ")  # ?rc blank_kept
one = "single line, no break"  # ?rc one
as_is = textwrap.indent(one, "")  # ?rc as_is one
quoted = textwrap.indent(one, "> ")  # ?rc quoted one
description = "This tool reads every FILE and reports the lines that changed since the last run. " * 2  # ?rc description
para = textwrap.fill(description, width=40)  # ?rc para description
narrow = textwrap.fill(description, 25, break_long_words=False)  # ?rc narrow
title = textwrap.shorten(description, width=30)  # ?rc title description
whole = textwrap.shorten("fits nicely", 30)  # ?rc whole
pieces = [textwrap.fill(s, 12) for s in ["alpha beta gamma", "delta epsilon"]]  # ?rc pieces
print(boxed, repr(blank_kept), as_is is one, quoted, para, narrow, title, whole, pieces, sep="\n")
