# Theme: a config record with classmethod alternative constructors
# (from_string, from_dict, default) and a class-level registry that keeps
# every built record; cls() inside a classmethod builds the subclass.
import gc


class Endpoint:
    registry = []

    def __init__(self, host, port, opts):
        self.host = host
        self.port = port
        self.opts = opts  # ?rc opts
        type(self).registry.append(self)

    @classmethod
    def from_string(cls, text):
        host, _, port = text.partition(":")
        inst = cls(host, int(port), {})  # ?rc inst
        return inst

    @classmethod
    def from_dict(cls, data):
        opts = data.get("opts", {})
        return cls(data["host"], data["port"], opts)

    @classmethod
    def default(cls):
        return cls.from_string("localhost:8080")


class SecureEndpoint(Endpoint):
    registry = []

    def __init__(self, host, port, opts):
        super().__init__(host, port, opts)
        self.cert = ["cert-bundle.pem"]


a = Endpoint.from_string("db.internal:5432")  # ?rc a
shared_opts = {"timeout": 2.5 * 2}  # ?rc shared_opts
spec = {"host": "api.example.org", "port": 443, "opts": shared_opts}
b = SecureEndpoint.from_dict(spec)  # ?rc b shared_opts
c = SecureEndpoint.from_dict(spec)  # ?rc c shared_opts
d = Endpoint.default()  # ?rc d
plain = Endpoint.registry  # ?rc plain
secure = SecureEndpoint.registry  # ?rc secure
for ep in secure:
    opts = ep.opts  # ?rc opts ep
del spec, ep, opts  # ?rc shared_opts
SecureEndpoint.registry = []  # ?rc b c secure
del secure  # ?rc b c shared_opts
del b, c  # ?rc shared_opts
print(gc.collect(), len(plain))
