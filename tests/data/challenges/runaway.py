# Never finishes: garden challenge check must stop it at --timeout and exit with status 3.
while True:
    pass
