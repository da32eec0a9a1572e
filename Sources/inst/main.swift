import InstCLI
