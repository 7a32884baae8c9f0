# Theme: getattr(sys, 'stdout', default): sys always has stdout and stderr, so the
# default is never the answer and its count stays known (an attribute sys may lack
# opens it: z_getattr_module_default)
import gc, sys
item = [0]
out = getattr(sys, 'stdout', item)  # ?rc item
err = getattr(sys, 'stderr', item)  # ?rc item
orig = getattr(sys, '__stdout__', item)  # ?rc item
box = [item]  # ?rc item
del box  # ?rc item
n = gc.collect()
