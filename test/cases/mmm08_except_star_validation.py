# Theme: ExceptionGroup and except*. A form validator raises a group of
# field errors; except* handlers receive split sub-groups that share the leaf
# exceptions; nested groups, subgroup() and split() copy only the shells.
import gc


class Field:
    def __init__(self, name, raw):
        self.name = name
        self.raw = raw


class FieldError(ValueError):
    def __init__(self, field):
        super().__init__("bad field")
        self.field = field


def validate(fields):
    problems = []
    for f in fields:
        if not f.raw:
            problems.append(FieldError(f))
        elif f.raw.startswith("-"):
            problems.append(TypeError(f))
    if problems:
        raise ExceptionGroup("form invalid", problems)


name_f = Field("name", "")  # ?rc name_f
age_f = Field("age", "-3 years")  # ?rc age_f
mail_f = Field("mail", "")  # ?rc mail_f
form = [name_f, age_f, mail_f]
value_errs = []
try:
    validate(form)
except* FieldError as g:
    value_errs.append(g)  # ?rc g name_f mail_f
except* TypeError as tg:
    kept_type = tg.exceptions[0]  # ?rc kept_type age_f
grp = value_errs[0]  # ?rc grp
leaf = grp.exceptions[1]  # ?rc leaf mail_f
outer = ExceptionGroup("outer", [grp, KeyError(age_f)])  # ?rc outer grp age_f
sub = outer.subgroup(lambda e: isinstance(e, KeyError))  # ?rc sub age_f
match_part, rest = outer.split(FieldError)  # ?rc match_part rest leaf grp
value_errs.clear()  # ?rc grp
del outer, sub, match_part, rest  # ?rc grp leaf age_f
del grp, kept_type  # ?rc leaf name_f age_f
print(gc.collect())
del leaf  # ?rc mail_f
print(gc.collect())
