# Calls through CALL_FUNCTION_EX (a * or ** in the call) into classes: which tuple holds the arguments
class K12:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K11:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K10:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K9:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K8:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K7:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K6:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K5:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K4:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K3:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K2:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K1:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

class K0:
    def __init__(self, name, *rest, **kw):
        self.name = name  # ?rc name

opts = {'k': 1}
empty = {}
s = 'not an id!'
t = (s, 2)
lst = [s, 3]
lst2 = [4]
o0 = K0(*t)  # K(*t)
o1 = K1(*t, **opts)  # K(*t, **opts)
o2 = K2(*t, **empty)  # K(*t, **empty)
o3 = K3(*lst)  # K(*lst)
o4 = K4(*lst, **opts)  # K(*lst, **opts)
o5 = K5(s, *lst2)  # K(s, *lst2)
o6 = K6(s, **opts)  # K(s, **opts)
o7 = K7(s, **empty)  # K(s, **empty)
o8 = K8(s, k=1)  # K(s, k=1)
o9 = K9(s)  # K(s)
o10 = K10('lit !', **opts)  # K('lit !', **opts)
o11 = K11('lit !', **empty)  # K('lit !', **empty)
o12 = K12('lit !', 2.5, 3.5, **opts)  # K('lit !', 2.5, 3.5, **opts)
