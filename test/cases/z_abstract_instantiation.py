# Instantiating an abc.ABC subclass with an abstract method raises TypeError.
import abc


class Exporter(abc.ABC):
    @abc.abstractmethod
    def export(self, rows):
        ...


try:
    Exporter()
except TypeError as exc:
    why = exc.args  # ?rc why
after = [1.5]  # ?rc after
