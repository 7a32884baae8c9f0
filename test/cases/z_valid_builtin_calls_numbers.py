# Theme: numeric conversions and powers that are valid: a negative base to a fractional
# power is a complex number, int()/float() read decimal digits of any script
readings = [2.5, 4.0]  # ?rc readings
cube_root = (-8) ** (1 / 3)  # ?rc cube_root
half = (-2.0) ** 0.5  # ?rc half
arabic = int("\u0661\u0662\u0663\u0664")  # ?rc arabic
wide = int("\uff11\uff12\uff13\uff14\uff15")  # ?rc wide
ratio = float("\u0661.\u0665")  # ?rc ratio
plain = int("  -12345  ")  # ?rc plain
readings.append(ratio)  # ?rc readings ratio
total = sum(readings)  # ?rc total
