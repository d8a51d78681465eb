class ConfigError(Exception):
    pass
def check(cfg):
    if "name" not in cfg:
        raise ConfigError("missing 'name' in config")
check({"name": 1})
print("first ok")
check({})
