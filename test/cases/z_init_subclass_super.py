# __init_subclass__ that chains to super().__init_subclass__() (the
# documented idiom): object.__init_subclass__ does nothing.
import gc


class Model:
    def __init_subclass__(cls):
        super().__init_subclass__()


class User(Model):
    pass


u = User()  # ?rc u User Model
print(gc.collect())
