# Theme: mail merge with string.Template: the template keeps its text,
# substitute builds a new str (or hands back the template text, or a lone
# value, itself), safe_substitute leaves unknown placeholders, $$ escapes.
from string import Template

TEXT = "Dear $name, your order ${order} ships on $day. Cost: $$5"  # ?rc TEXT
letter = Template(TEXT)  # ?rc letter TEXT
person = {"name": "Ada Lovelace", "order": "A-1001", "day": "Monday"}  # ?rc person
who = person["name"]  # ?rc who
body = letter.substitute(person)  # ?rc body who person
body2 = letter.substitute(person, day="Friday")  # ?rc body2
partial = letter.safe_substitute(name="Alan Turing")  # ?rc partial
plain = Template("no placeholders here")  # ?rc plain
same = plain.substitute()  # ?rc same
alone = Template("$name").substitute(person)  # ?rc alone who
numbers = Template("$n items at $p each").substitute(n=12, p=2.5)  # ?rc numbers
try:
    Template("Hello $missing").substitute(person)
except KeyError as exc:
    err = exc  # ?rc err
raw = letter.template  # ?rc raw TEXT letter person
del err  # ?rc TEXT letter person
print(body, body2, partial, same, alone, numbers)
