# Theme: TypedDict payloads (total=False, nested) built by calling the class,
# merged with | and ** unpacking, and read back with .get defaults.
from typing import TypedDict


class Address(TypedDict):
    city: str
    zip: str


class User(TypedDict, total=False):
    name: str
    address: Address
    roles: list


def merge(base, extra):
    combined = {**base, **extra}  # ?rc combined base
    return combined


roles = ["admin role", "viewer role"]  # ?rc roles
addr = Address(city="Sample City", zip="00-123")  # ?rc addr
user = User(name="Jo Bloggs", address=addr, roles=roles)  # ?rc user addr roles
patch: User = {"roles": roles[:1]}  # ?rc patch
merged = merge(user, patch)  # ?rc merged addr roles
union = user | {"address": Address(city="Other City", zip="99-999")}  # ?rc union addr
got = merged.get("address", addr)  # ?rc got addr
missing = merged.get("nickname", roles)  # ?rc missing roles
user.update(patch)  # ?rc roles patch
kind = type(user)  # ?rc user
del merged, union  # ?rc addr roles patch
del user  # ?rc addr got
