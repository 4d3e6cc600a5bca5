"""Key-press latency: a section of 1,000 items, the app timed from inside.

    python bench/keys.py FOLDER            write FOLDER/briefing.yaml (1,000 outcomes)
    python bench/keys.py --run PATH OUT    the timed app (bench/run.py starts it in tmux)

The briefing is bench/make_large.py's scale-10 briefing (20 sources) with 1,000
key outcomes, each citing three excerpts of its own (copied from the sources,
so `briefing check` passes): every key press shows an item not seen before.

The timed app is the real app with two hooks, for this benchmark only: the
moment each key event starts its dispatch in the app, and each moment a
frame is handed to the terminal's writer thread (composed and turned into
escape codes by then). Per key it records, in seconds:
- full: until the first frame that shows the newly highlighted item in full
  (the highlight, its detail and its evidence): the budgeted figure;
- first: until the first frame of any kind;
- settled: until the last frame before the next key (a scroll bar catching
  up, say).
"""

from __future__ import annotations

import argparse
import inspect
import random
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_large
from frames import on_each_frame, run_and_record

ITEMS = 1000
EXCERPTS = 3


def write(folder: Path, seed: int = 7) -> Path:
    """Write a valid briefing whose key outcomes number `ITEMS`; return its path."""
    briefing, files = make_large.build(10)
    rng = random.Random(seed)
    sources = briefing["sources"]
    assert isinstance(sources, list)
    paragraphs = {
        entry["id"]: [p.split(" ") for p in files[entry["file"]].split("\n\n") if p.strip()]
        for entry in sources
    }

    def excerpt(source_id: str) -> dict[str, str]:
        """A verbatim run of 6 to 16 words of one paragraph of the source."""
        words = rng.choice(paragraphs[source_id])
        size = min(len(words), rng.randint(6, 16))
        start = rng.randrange(len(words) - size + 1)
        return {"source": source_id, "excerpt": " ".join(words[start : start + size]).strip()}

    ids = list(paragraphs)
    briefing["outcomes"] = [
        {
            "id": f"o{number}",
            "title": f"Outcome {number}: what the outlets agree on, item by item",
            "detail": f"Detail of outcome {number}, one sentence long.",
            "evidence": [excerpt(source) for source in rng.sample(ids, EXCERPTS)],
        }
        for number in range(ITEMS)
    ]
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    path = folder / "briefing.yaml"
    text = yaml.safe_dump(briefing, sort_keys=False, allow_unicode=True, width=1000)
    path.write_text(text, encoding="utf-8")
    return path


def run_timed_app(path: str, out: str) -> int:
    """Run the app on `path`; at exit write each key's latencies (JSON lines) to `out`."""
    from textual import events

    from briefing.cache import load_briefing
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.items import ItemList

    # A subclass looks for CSS_PATH beside its own module: point it at the app's files.
    app_folder = Path(inspect.getfile(BriefingApp)).parent
    css = BriefingApp.CSS_PATH
    css_paths = [css] if isinstance(css, (str, Path)) else list(css or ())

    class TimedApp(BriefingApp):
        """The app, with the time from each key to the frames after it recorded."""

        CSS_PATH = [app_folder / path for path in css_paths]  # type: ignore[assignment]  # noqa: RUF012

        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            self.records: list[dict[str, float]] = []
            self.key_at: float | None = None
            self.last_key: events.Key | None = None

        async def on_event(self, event: events.Event) -> None:
            """Note when a key that moves through the items starts its dispatch (once per key)."""
            if isinstance(event, events.Key) and event is not self.last_key:
                self.last_key = event
                if event.key in ("down", "up") and isinstance(self.focused, ItemList):
                    self.key_at = time.perf_counter()
                    self.records.append({})
            await super().on_event(event)

        def on_mount(self) -> None:
            """Time each frame that leaves the app after a key."""
            on_each_frame(self, self.frame_seen)

        def frame_seen(self) -> None:
            """Note how long after the key this frame came, and what it showed."""
            if self.key_at is None:
                return
            seconds = time.perf_counter() - self.key_at
            record = self.records[-1]
            record.setdefault("first", seconds)
            screen = self.main_screen
            shown = screen.entry_shown is screen.query_one(ItemList).entry
            if shown and "full" not in record:
                record["full"] = seconds
            record["settled"] = seconds

    app = TimedApp(load_briefing(path))
    return run_and_record(app, app.records, out)


def main() -> int:
    """Write the briefing, or run the timed app."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--run", nargs=2, metavar=("PATH", "OUT"))
    options = parser.parse_args()
    if options.run:
        return run_timed_app(*options.run)
    if options.folder is None:
        parser.error("give a FOLDER, or --run PATH OUT")
    print(write(options.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
