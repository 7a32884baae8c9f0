# set.difference_update / -= drop the removed members' references and keep the receiver's own for the rest.
class Tag:
    pass


red, green, blue = Tag(), Tag(), Tag()
either = {red, green, blue}  # ?rc red green blue
warm = {green}
either.difference_update(warm)  # ?rc red green blue
either -= {red}  # ?rc red green blue
either.difference_update([blue], (red,))  # ?rc red green blue
print(len(either))
