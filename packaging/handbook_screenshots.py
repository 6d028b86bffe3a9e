# SPDX-License-Identifier: EUPL-1.2
"""Take the handbook's pictures from the real program, so that they never go stale.

    uv run python packaging/handbook_screenshots.py            # docs/handbok/bilder/*.png
    uv run python packaging/handbook_screenshots.py --out DIR  # elsewhere (tests)
    uv run python packaging/handbook_screenshots.py --large REGISTER   # also the big one

Builds the demo register in a temporary folder, opens the real window and dialogs on it
offscreen (Swedish, as kraftdesk.gui.app sets it up), goes where a secretary would go and
saves each view with `QWidget.grab()`. It also saves the handbook window itself as
docs/screenshot-handbok.png, and copies the main views to docs/screenshot-*.png for
README. Run it after a change to the window and commit the pictures;
tests/docs/test_handbook.py checks that every picture the chapters show exists.

With `--large REGISTER` (a register made by benchmarks/generate.py, ten years) it also
opens a copy of that register and saves README's pictures of the same views on a large
register, docs/screenshot-stort-register-*.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PICTURES = ROOT / "docs" / "handbok" / "bilder"
VIEWER_PICTURE = ROOT / "docs" / "screenshot-handbok.png"
#: The main views shown in README, copied from the handbook's pictures of the same run:
#: handbook picture -> docs/screenshot-<name>.png.
README_PICTURES = {
    "sammantraden": "sammantraden", "sammantradet": "sammantrade", "paragrafen": "paragraf",
    "justerat": "justerat", "bevakning": "bevakning", "arenden": "arenden", "sok": "sok",
    "organisation": "organisation", "forsta-start": "forsta-start",
    "nytt-register": "nytt-register",
}

WINDOW_SIZE = (1100, 680)
LARGE_WINDOW_SIZE = (1400, 900)


def _settle(app: object, rounds: int = 5) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _quiet(_kind: object, _context: object, message: str) -> None:
    """The offscreen platform's notes on what it cannot do; anything else is printed."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def take(out: Path, viewer_out: Path | None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A fixed folder: the window's status bar shows the register's path in the pictures.
    scratch = Path(tempfile.gettempdir()) / "kraftdesk-handbok"
    shutil.rmtree(scratch, ignore_errors=True)
    os.environ["KRAFTDESK_DATA_DIR"] = str(scratch / "data")
    os.environ.pop("KRAFTDESK_DB", None)

    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QWidget

    from kraftdesk.domain.enums import MinutesState
    from kraftdesk.gui.app import configure
    from kraftdesk.gui.controllers.first_start import FirstStartDialog
    from kraftdesk.gui.controllers.justering_dialog import JusteringDialog
    from kraftdesk.gui.controllers.meeting_dialog import MeetingDialog
    from kraftdesk.gui.handbook import show_handbook
    from kraftdesk.gui.main_window import CASES, LEDGER, MEETINGS, ORGANISATION, SEARCH, MainWindow
    from kraftdesk.gui.settings import UiSettings
    from kraftdesk.services import meetings
    from kraftdesk.services.demo import load_demo
    from kraftdesk.services.registers import open_file

    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    register = open_file(scratch / "exempelregister.kraftdesk", create=True)
    load_demo(register)
    settings = UiSettings(QSettings(str(scratch / "gui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(register=register, settings=settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle(app)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(name: str, widget: QWidget, before: Callable[[], object] | None = None) -> None:
        if before is not None:
            before()
        _settle(app)
        path = out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"handbook_screenshots: could not write {path}")
        saved.append(path)

    coming = next(m for m in meetings.list_meetings(register)
                  if m.minutes_state is not MinutesState.APPROVED)
    view = meetings.meeting_view(register, coming.id)
    promised = next(p for p in view.paragraphs if p.reference and p.reference.endswith(":412"))

    shot("sammantraden", window, lambda: window.show_view(MEETINGS))
    shot("sammantradet", window, lambda: window.open_meeting(coming.id))
    shot("paragrafen", window, lambda: window.open_paragraph(promised.id))
    shot("bevakning", window, lambda: window.show_view(LEDGER))
    shot("arenden", window, lambda: window.show_view(CASES))
    shot("sok", window, lambda: (window.show_view(SEARCH),
                                 window.search_page.search_for("kraftsamlande")))
    shot("organisation", window, lambda: window.show_view(ORGANISATION))
    justerat = next(m for m in meetings.list_meetings(register)
                    if m.minutes_state is MinutesState.APPROVED)
    locked = meetings.meeting_view(register, justerat.id).paragraphs[0]
    shot("justerat", window, lambda: (window.show_view(MEETINGS),
                                      window.open_meeting(justerat.id),
                                      window.open_paragraph(locked.id)))

    def new_register() -> QWidget:
        dialog = FirstStartDialog()
        dialog.show_create_page()
        dialog.ui.organisation_edit.setText("Härnösands kommun")
        dialog.ui.example_edit.setText("KS 2027/12")
        return dialog

    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("nytt-sammantrade", lambda: MeetingDialog(window.operations, window.undo_stack,
                                                     window.refs, parent=window)),
        ("justera", lambda: JusteringDialog(window.operations, window.undo_stack, coming.id,
                                              parent=window)),
        ("forsta-start", lambda: FirstStartDialog()),
        ("nytt-register", new_register),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        shot(name, dialog)
        dialog.close()
        dialog.deleteLater()

    if viewer_out is not None:
        window.show_view(LEDGER)
        handbook = show_handbook("03-yttranden-och-bevakning.md", "Bevakning")
        handbook.resize(880, 640)
        _settle(app)
        handbook.scroll_to("Bevakning")
        shot(viewer_out.stem, handbook)
        saved[-1].replace(viewer_out)
        saved[-1] = viewer_out
        handbook.close()
    window.close()
    register.close()
    _settle(app)
    return saved


def take_large(source: Path) -> list[Path]:
    """README's pictures of the main views on a copy of the large register `source`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.gettempdir()) / "kraftdesk-stort-register"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    os.environ["KRAFTDESK_DATA_DIR"] = str(scratch / "data")
    os.environ.pop("KRAFTDESK_DB", None)
    copy = scratch / "stort-register.kraftdesk"
    shutil.copyfile(source, copy)

    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kraftdesk.gui.app import configure
    from kraftdesk.gui.main_window import CASES, LEDGER, MEETINGS, MainWindow
    from kraftdesk.gui.settings import UiSettings
    from kraftdesk.services import meetings
    from kraftdesk.services.registers import open_file

    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    register = open_file(copy)  # upgraded to this program's schema, as the app does
    settings = UiSettings(QSettings(str(scratch / "gui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(register=register, settings=settings)
    window.resize(*LARGE_WINDOW_SIZE)
    window.show()
    _settle(app)
    biggest = max(meetings.list_meetings(register)[:40], key=lambda m: m.paragraph_count)
    saved = []
    for name, go in (("sammantraden", lambda: window.show_view(MEETINGS)),
                     ("sammantrade", lambda: window.open_meeting(biggest.id)),
                     ("arenden", lambda: window.show_view(CASES)),
                     ("bevakning", lambda: window.show_view(LEDGER))):
        go()
        _settle(app)
        path = ROOT / "docs" / f"screenshot-stort-register-{name}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"handbook_screenshots: could not write {path}")
        saved.append(path)
    window.close()
    register.close()
    _settle(app)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=PICTURES,
                        help=f"folder for the pictures (default {PICTURES.relative_to(ROOT)})")
    parser.add_argument("--no-viewer", action="store_true",
                        help="leave out the picture of the handbook window")
    parser.add_argument("--large", type=Path, metavar="REGISTER",
                        help="also README's pictures of a large register (a copy of REGISTER)")
    args = parser.parse_args(argv)
    saved = take(args.out, None if args.no_viewer else VIEWER_PICTURE)
    if args.out == PICTURES:  # the committed pictures: README's main views follow them
        for name, readme_name in README_PICTURES.items():
            target = ROOT / "docs" / f"screenshot-{readme_name}.png"
            shutil.copyfile(PICTURES / f"{name}.png", target)
            saved.append(target)
    if args.large is not None:
        saved.extend(take_large(args.large))
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
