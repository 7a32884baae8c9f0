# Theme: match/case over mappings (parsed JSON-like config). A mapping
# pattern captures values by key; **rest builds a brand-new dict of the
# remaining items; value patterns use dotted names.
import gc


class Kind:
    SERVER = "server"
    CLIENT = "client"


def load(cfg, defaults):
    match cfg:
        case {"kind": Kind.SERVER, "ports": [*ports], **rest}:
            extra = rest  # ?rc extra rest ports cfg
            return ("server", ports, extra)
        case {"kind": Kind.CLIENT, "target": {"host": host, "port": port}}:
            pair = (host, port)  # ?rc host cfg
            return ("client", pair, defaults)
        case {"kind": str() as k}:
            return ("unknown", k, defaults)
    return None


defaults = {"timeout": 2.5 * 1}  # ?rc defaults
host = "db.example.org"
server = {"kind": "server", "ports": [8080, 8443], "tls": [True]}  # ?rc server
res = load(server, defaults)  # ?rc res defaults
ports = res[1]  # ?rc ports
extra = res[2]  # ?rc extra
tls = server["tls"]  # ?rc tls
del res  # ?rc ports extra
client = {"kind": "client", "target": {"host": host + "!", "port": 5432}}
res2 = load(client, defaults)  # ?rc res2 defaults client
pair = res2[1]  # ?rc pair
other = load({"kind": "proxy"}, defaults)  # ?rc other defaults
del res2, other  # ?rc defaults pair
del server, extra  # ?rc tls
print(gc.collect())
