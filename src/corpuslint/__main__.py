"""``python -m corpuslint``."""
import gc

gc.disable()  # start-up makes objects, not garbage: cli.run turns the collector back on
from corpuslint.cli import run  # noqa: E402

run()
