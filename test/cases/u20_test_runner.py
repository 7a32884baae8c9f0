# Theme: a miniature unit-test runner. @case registers test functions
# with their fixtures; fixtures are generator functions (setup, yield,
# teardown). Failures are kept as (name, exception) pairs, and each
# exception's traceback keeps the failing test's frame and its locals.
import gc

TESTS = []


def case(*fixtures):
    def register(func):
        TESTS.append((func, fixtures))  # ?rc func
        return func
    return register


def fresh_db():
    db = {"users": [], "audit log": []}
    yield db
    db["users"].clear()


@case(fresh_db)
def test_insert(db):
    row = {"name": "ada", "score": 99.5}
    db["users"].append(row)
    assert db["users"][0] is row


@case(fresh_db)
def test_broken(db):
    rows = [{"n": i * 1.5} for i in range(3)]  # ?rc rows
    db["users"].extend(rows)
    assert len(db["users"]) == 2, "expected two rows"


class Runner:
    def __init__(self, tests):
        self.tests = tests
        self.passed = []
        self.failures = []

    def run(self):
        for func, fixtures in self.tests:
            gens = [f() for f in fixtures]
            args = [next(g) for g in gens]
            try:
                func(*args)
                self.passed.append(func)  # ?rc func
            except AssertionError as exc:
                self.failures.append((func.__name__, exc))  # ?rc exc
            finally:
                for g in gens:
                    g.close()


runner = Runner(TESTS)  # ?rc runner
runner.run()  # ?rc runner test_broken
name, exc = runner.failures[0]  # ?rc exc
tb = exc.__traceback__.tb_next  # ?rc tb
frame = tb.tb_frame  # ?rc frame
print(name, exc, len(runner.passed))
del tb, frame
print(gc.collect())
del exc, name  # ?rc test_insert
del runner  # failures -> exception -> traceback -> run() frame -> runner
print(gc.collect())
