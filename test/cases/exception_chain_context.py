# Theme: chained exceptions (raise ... from ..., implicit __context__) kept
# by an error-collecting validator; each traceback refers to the frame that
# stores the exception.
import gc


class ValidationError(Exception):
    pass


def parse_int(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ValidationError("bad number: " + text) from exc


def validate(rows):
    errors = []
    for row in rows:
        try:
            parse_int(row)
        except ValidationError as exc:
            errors.append(exc)
    return errors


gc.collect()
errs = validate(["1", "x!", "2", "y?"])  # ?rc errs
first = errs[0]  # ?rc first
cause = first.__cause__  # ?rc cause first
print(type(cause).__name__)
del cause, first
del errs  # each traceback refers to validate()'s dead frame, which holds errors
print("chained errors:", gc.collect())


def handler():
    try:
        {}["missing key!"]
    except KeyError:
        try:
            1 / 0
        except ZeroDivisionError as inner:
            kept = inner  # ?rc kept
    return 1.5 * 2


print(handler())
print("context chain:", gc.collect())
