"""``python -m corpuslint``."""
import gc

gc.disable()  # start-up makes objects, not garbage: the command turns the collector back on
from corpuslint.checkcmd import main  # noqa: E402

main()
