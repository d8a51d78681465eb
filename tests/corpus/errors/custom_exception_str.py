class Problem(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return "problem with code " + str(self.code)
raise Problem(42)
