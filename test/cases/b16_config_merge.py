# Theme: a configuration loader that merges layered nested dicts recursively
# (defaults, then a file layer, then overrides); untouched sub-dicts are
# shared by reference, merged ones are fresh copies; deepcopy for a snapshot.
import copy
import sys


def deep_merge(base, override):
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_layers(*layers):
    config = {}
    for layer in layers:
        config = deep_merge(config, layer)
    return config


defaults = {
    "server": {"host": "localhost", "port": 8080, "tls": {"enabled": False}},
    "logging": {"level": "info", "handlers": ["console"]},
    "features": {"beta": False},
}
file_layer = {"server": {"port": 9090}, "logging": {"handlers": ["console", "file"]}}
overrides = {"server": {"tls": {"enabled": True, "cert": "/etc/ssl/app.pem"}}}

logging_defaults = defaults["logging"]  # ?rc logging_defaults
features = defaults["features"]  # ?rc features
config = load_layers(defaults, file_layer, overrides)  # ?rc config features logging_defaults
server = config["server"]  # ?rc server
tls = server["tls"]  # ?rc tls
handlers = config["logging"]["handlers"]  # ?rc handlers
cert = tls["cert"]  # ?rc cert
print(config["features"] is features, server["port"])
snapshot = copy.deepcopy(config)  # ?rc handlers features cert snapshot
frozen_copy = snapshot["features"]  # ?rc frozen_copy
port = server["port"]  # ?rc port
del defaults  # ?rc features logging_defaults
del config  # ?rc server tls handlers features
del file_layer  # ?rc handlers port
print(sys.getrefcount(cert))
