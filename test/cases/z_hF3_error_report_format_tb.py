# Error report builder for a batch job: failed items keep their exceptions, the report formats tracebacks with format_tb / extract_tb, then drops the exceptions.
import gc
import sys
import traceback


class ValidationError(ValueError):
    def __init__(self, item, field):
        super().__init__(f"{field} missing in item {item['id']}")
        self.item = item
        self.field = field


def validate(item):
    for field in ("name", "price"):
        if field not in item:
            raise ValidationError(item, field)
    return item["price"] * 2


class Batch:
    def __init__(self, items):
        self.items = items
        self.failures = []
        self.totals = []

    def run(self):
        for item in self.items:
            try:
                self.totals.append(validate(item))
            except ValidationError as exc:
                self.failures.append(exc)
        return len(self.failures)

    def report(self):
        lines = []
        for exc in self.failures:
            where = traceback.extract_tb(exc.__traceback__)
            lines.append(f"{exc}: {len(where)} frames")
            lines.extend(traceback.format_tb(exc.__traceback__))
        return lines


items = [{"id": 1, "name": "pen", "price": 3}, {"id": 2, "name": "ink"}, {"id": 3, "price": 9}]
batch = Batch(items)  # ?rc batch
bad = items[1]  # ?rc bad
failed = batch.run()  # ?rc bad batch
print(failed, batch.totals)
first = batch.failures[0]  # ?rc first
lines = batch.report()  # ?rc lines first bad
print(len(lines), lines[0])
stack = traceback.extract_stack()  # ?rc stack
traceback.print_tb(first.__traceback__, limit=1)  # ?rc first
print(len(stack) >= 1, sys.getrefcount(bad))
batch.failures.clear()  # ?rc first bad
del first  # ?rc bad batch
print(gc.collect())
del lines, stack
print(gc.collect())
