"""The reader app: a Textual front end over a loaded `briefing.model.Briefing`.

`briefing.tui.app.make_app` builds it and `briefing.tui.app.run` runs it. The
modules without a Textual import (`sections`, `context`, `plain_item`, `find`)
hold the logic, so that it can be tested, and later moved to the core, alone.
"""
