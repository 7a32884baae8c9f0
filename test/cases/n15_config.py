# Config loader: merges layered JSON documents into dataclasses and reports validation errors.
import gc
import json
from dataclasses import dataclass, field

DEFAULTS = '{"server": {"host": "localhost", "port": 8080}, "features": ["search"], "retries": 3}'
OVERRIDE = '{"server": {"port": 9090}, "features": ["export", "beta ui"], "name": "prod site"}'
BROKEN = '{"server": {"port": -1}, "retries": "many"}'


class ConfigError(ValueError):
    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems  # ?rc problems


@dataclass
class ServerConfig:
    host: str
    port: int


@dataclass
class AppConfig:
    server: ServerConfig
    features: list = field(default_factory=list)
    retries: int = 1
    name: str = "unnamed app"


def merge(base, extra):
    out = dict(base)  # ?rc out
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + value
        else:
            out[key] = value
    return out


def validate(raw):
    problems = []
    port = raw.get("server", {}).get("port")
    if not isinstance(port, int) or not 0 < port < 65536:
        problems.append(f"bad port {port!r}")  # ?rc problems
    if not isinstance(raw.get("retries", 1), int):
        problems.append("retries must be an integer")
    if problems:
        raise ConfigError(problems)
    return raw


def build(raw):
    server = ServerConfig(**raw["server"])  # ?rc server
    cfg = AppConfig(server=server, features=raw.get("features", []), retries=raw.get("retries", 1), name=raw.get("name", "unnamed app"))  # ?rc cfg server
    return cfg


layers = [json.loads(DEFAULTS), json.loads(OVERRIDE)]  # ?rc layers
base = layers[0]  # ?rc base
merged = {}
for layer in layers:
    merged = merge(merged, layer)  # ?rc merged
del layer  # ?rc base
cfg = build(validate(merged))  # ?rc cfg merged
features = cfg.features  # ?rc features
server = cfg.server  # ?rc server
print(cfg)
errors = []
for text in (BROKEN, OVERRIDE):
    try:
        build(validate(merge(base, json.loads(text))))
    except ConfigError as exc:
        errors.append(exc)  # ?rc errors
problem_list = errors[0].problems  # ?rc problem_list
print(problem_list)
same = cfg == AppConfig(ServerConfig("localhost", 9090), list(features), 3, "prod site")
del merged  # ?rc features
copy_cfg = AppConfig(server, features)  # ?rc copy_cfg server features
del cfg  # ?rc server features
n = gc.collect()
del errors  # ?rc problem_list
n = gc.collect()
server.parent = copy_cfg  # ?rc copy_cfg
del copy_cfg, server  # ?rc features
n = gc.collect()
print(same, n)
