"""Views of analysed documents: what a person reads, never what a program parses (that is the JSON form).

- :mod:`unspin.render.terminal`: the Rich view for a terminal (``unspin analyze``'s default).
- :mod:`unspin.render.html`: one self-contained HTML page, and the per-document fragment the web app reuses.
- :mod:`unspin.render.summary`: the facts both views show in their header, computed once.
- :mod:`unspin.render.speakers`: who said what (actors with counts, quotes by speaker), computed once.
- :mod:`unspin.render.profile`: how the article persuades (the technique profile, checked), computed once.
- :mod:`unspin.render.segments`: cutting a text at span boundaries, so overlapping spans render exactly.
- :mod:`unspin.render.printable`: making untrusted strings safe to show on one line or in a terminal.

Nothing is imported here, so that ``unspin analyze --format json`` never pays for Rich or the HTML code.
"""
