from parley.cli import main

main(prog_name="parley")
