# Class attributes die when replaced or deleted; module globals when deleted or rebound.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Config:
    setting = Noisy("class attr v1")
Config.setting = Noisy("class attr v2")
print("class attr replaced")
del Config.setting
print("class attr deleted")
g = globals()
g["dyn"] = Noisy("global via dict")
del g["dyn"]
print("global deleted through globals()")
holder = [Noisy("in holder")]
holder[0] = holder[0].name
print(holder)
print("end")
