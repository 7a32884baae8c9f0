# Theme: format(value, spec) pads, rounds and converts like an f-string field
# (it is not str(value): a padded str is a new object, a 'c' field a cached character)
label = "total due:"  # ?rc label
padded = format(label, ">14")  # ?rc padded label
same = format(label, "<4")  # ?rc same label
plain = format(label)  # ?rc plain label
price = format(3.14159, ".2f")  # ?rc price
fstr = f"{label:>14}"  # ?rc fstr label
code = 65
letter = format(code, "c")  # ?rc letter
boxed = f"{code:>3c}"  # ?rc boxed
snow = format(9731, "c")  # ?rc snow
via_method = "{:c}".format(code)  # ?rc via_method
widths = [format(label, ">" + str(n)) for n in (3, 20)]  # ?rc widths label
