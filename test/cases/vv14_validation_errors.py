# Theme: form validation that collects every field error before raising
# one ValidationError carrying the list and the offending form. The field
# errors' tracebacks reach the validator's frame, which holds the list of
# them: a cycle that keeps the form alive until gc runs.
import gc
from collections import defaultdict


class FieldError(ValueError):
    def __init__(self, field, value, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.value = value


class ValidationError(Exception):
    def __init__(self, form, errors):
        super().__init__(f"{len(errors)} errors")
        self.form = form
        self.errors = errors


def check_age(value):
    if not isinstance(value, int) or value < 0:
        raise FieldError("age", value, "must be a non-negative int")


def check_tags(value):
    if len(value) > 2:
        raise FieldError("tags", value, "too many tags")


def validate(form):
    errors = []
    for check, key in ((check_age, "age"), (check_tags, "tags")):
        try:
            check(form[key])
        except FieldError as exc:
            errors.append(exc)
    if errors:
        raise ValidationError(form, errors)
    return form


tags = ["a b", "c d", "e f"]  # ?rc tags
form = {"age": -3.5, "tags": tags}  # ?rc form tags
age = form["age"]  # ?rc age
by_field = defaultdict(list)
try:
    validate(form)
except ValidationError as err:
    for fe in err.errors:
        by_field[fe.field].append(fe)
    report = err.errors  # ?rc report form
del fe  # ?rc tags age
first = by_field["age"][0]  # ?rc first age
by_field.clear()  # ?rc first report
del report  # ?rc tags age form
del first  # ?rc tags age form
print(gc.collect())
after = form  # ?rc form tags age
