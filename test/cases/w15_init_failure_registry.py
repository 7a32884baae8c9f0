# Theme: an exception raised inside __init__ after the object registered
# itself in a class-level registry: the half-built object lives on in the
# registry and in the traceback's frames; `raise ... from` chains a second
# exception whose __cause__ keeps the first one (and its frames) alive.
import gc


class ConfigError(Exception):
    pass


class Device:
    registry = []

    def __init__(self, name, settings):
        self.name = name
        Device.registry.append(self)
        try:
            self.rate = float(settings["rate"])
        except (KeyError, ValueError) as exc:
            raise ConfigError(f"bad settings for {name}") from exc


def make_all(specs):
    made, errors = [], []
    for name, settings in specs:
        try:
            made.append(Device(name, settings))
        except ConfigError as err:
            errors.append(err)  # ?rc err
    return made, errors


specs = [("pump", {"rate": "2.5"}), ("fan", {}), ("valve", {"rate": "fast"})]
made, errors = make_all(specs)  # ?rc made errors
pump = made[0]  # ?rc pump
fan = Device.registry[1]  # ?rc fan
first = errors[0]  # ?rc first
cause = first.__cause__  # ?rc cause
frame = cause.__traceback__.tb_frame  # ?rc frame
print(frame.f_code.co_name, frame.f_locals["self"] is fan)
del frame  # ?rc fan
del cause  # ?rc first
errors.clear()  # ?rc fan first
del first  # ?rc fan
Device.registry[1:] = []  # ?rc fan pump
print(gc.collect())  # the exceptions, tracebacks and frames were acyclic
