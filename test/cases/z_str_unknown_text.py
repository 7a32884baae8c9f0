# Text of an object the analyzer cannot see (here a value from os.environ): it may be an exact
# str, which str(), format(), a lone f-string field, '%s' % x, '{}'.format(x) and a one-item
# join give back itself, so the result's count is open, never a confident 1.
import os

home = os.environ.get("HOME", "/root")
s = str(home)  # ?rc s
f1 = f"{home}"  # ?rc f1
f2 = format(home)  # ?rc f2
p1 = "%s" % home  # ?rc p1
p2 = "{}".format(home)  # ?rc p2
p3 = "{0}".format(home)  # ?rc p3
p4 = "{x}".format(x=home)  # ?rc p4
j = "".join([home])  # ?rc j


def label(value):
    text = str(value)  # ?rc text
    return text


out = label(home)  # ?rc out
known = str("abc")  # ?rc known
made = "%s!" % home  # ?rc made
del s, f1, f2, p1, p2, p3, p4, j, out
