# A mail-merge builds messages from string.Template and program dictionaries.
import string


class Customer:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance


tpl = string.Template("Dear $name, your balance is $$${amount}.")  # ?rc tpl
people = [Customer("Ann Lee", 12.5), Customer("Bo Ray", 3.25)]  # ?rc people
fields = {"name": people[0].name, "amount": people[0].balance * 2}  # ?rc fields
msg = tpl.substitute(fields)  # ?rc msg fields
msg2 = tpl.safe_substitute(name=people[1].name)  # ?rc msg2
extra = tpl.substitute(fields, amount="many!")  # ?rc extra fields
letters = [tpl.substitute(name=c.name, amount=c.balance) for c in people]  # ?rc letters
src = tpl.template  # ?rc src tpl
print(msg, msg2, extra, letters)
