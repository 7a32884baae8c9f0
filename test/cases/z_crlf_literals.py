# In a file with CRLF line ends a literal spanning lines holds "\n", as the
# tokenizer reads it: equal to, and merged with, a "\n" literal.
a = """a
b x"""
b = "a\nb x"  # ?rc a b
c = f"""{a}
!"""  # ?rc c
d = r"""raw
line"""
e = "raw\nline"  # ?rc d e
