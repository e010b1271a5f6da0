"""The invented story the QT tests quote: a source article and the frame of a derived document."""

SOURCE = """Harbour ferry service to resume in spring

The island ferry will return in April after a two-year pause, the port authority said on Monday.

"In my view, the crossing is safe again and the islanders have waited long enough," harbour master Lena Okafor said at a briefing in Portwick.

Okafor said repairs to the north pier cost 4.2 million euros. "We replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a loaded lorry," she said.

Island council leader Tomas Reyes welcomed the news. "This ferry is not a luxury for us. It is how our children get to school and how our elderly get to hospital," he said.

Critics remain. "The timetable still leaves the last boat at six in the evening, which is useless for anyone who works in town," said commuter group spokesman Ivo Brandt.
"""

SOURCES = {"sources": {"derived/*.txt": "originals/{stem}.txt"}}

#: The derived document's frame: one paragraph around the quotation under test.
FRAME = "Ferry returns\n\nThe ferry to the island will run again from April.\n\n{body}\n"
