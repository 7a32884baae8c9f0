# A report engine subclasses string.Template with its own delimiter and fills it from objects.
import string


class PercentTemplate(string.Template):
    delimiter = "%"


class Row:
    def __init__(self, **fields):
        self.fields = fields

    def render(self, tpl):
        return tpl.safe_substitute(self.fields)


tpl = PercentTemplate("item %name costs %price (%missing)")  # ?rc tpl
rows = [Row(name="lamp shade", price=12.5 * 2), Row(name="desk top", price=99)]  # ?rc rows
out = [r.render(tpl) for r in rows]  # ?rc out tpl
fields = rows[0].fields  # ?rc fields
price = fields["price"]  # ?rc price
text = tpl.substitute(fields, missing="n/a")  # ?rc text fields price
plain = string.Template("no placeholders here!")  # ?rc plain
same = plain.substitute()  # ?rc same plain
mapping = {"who": rows[1]}  # ?rc mapping
obj_text = string.Template("row: $who").substitute(mapping)  # ?rc obj_text mapping
print(out, text, same, obj_text)
