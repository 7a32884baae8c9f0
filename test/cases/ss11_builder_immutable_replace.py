# Theme: immutable builder. A frozen dataclass request is refined step by
# step with dataclasses.replace(), each step returning a new object that
# shares the unchanged fields with the previous one.
import dataclasses
import gc


@dataclasses.dataclass(frozen=True)
class Request:
    url: str
    headers: tuple = ()
    body: object = None
    timeout: float = 5.0

    def with_header(self, pair):
        return dataclasses.replace(self, headers=self.headers + (pair,))

    def with_body(self, body):
        return dataclasses.replace(self, body=body)


url = "https://example.org/api/v1"  # ?rc url
payload = {"items": [1.5, 2.5]}  # ?rc payload
base = Request(url)  # ?rc base
auth = ("Authorization", "Bearer token-123")  # ?rc auth
r1 = base.with_header(auth)  # ?rc r1 auth
r2 = r1.with_body(payload)  # ?rc r2 payload
h1 = r1.headers  # ?rc h1
h2 = r2.headers  # ?rc h1 h2 -- shared, not copied
steps = [base, r1, r2]  # ?rc steps r1
final = steps[-1].with_header(("Accept", "text/plain!"))  # ?rc final payload
del steps  # ?rc base r1
del r1  # ?rc h1 auth
del r2, final  # ?rc payload h1
t = base.timeout  # ?rc t
del base  # ?rc url t
print(gc.collect())
