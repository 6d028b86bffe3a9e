# SPDX-License-Identifier: EUPL-1.2
"""The floor of `kraftdesk pdf`: plain ReportLab platypus rendering a text, as a whole process.

    python benchmarks/floor_platypus.py TEXT.txt OUT.pdf [--same-settings]

TEXT.txt is the text extracted from one of kraftdesk's PDFs (benchmarks/bench_cli.py writes
it with pypdf), one line per line of the PDF; a form feed (U+000C) starts a new document
(a year of minutes is one file per meeting). Each line becomes one platypus Paragraph in
Liberation Sans (the same font file kraftdesk embeds, registered with ReportLab's own
TTFont), 11 pt on 14.5 pt, on a SimpleDocTemplate: what a programmer would write to print
the same text with the same font, and nothing of kraftdesk is imported. ReportLab's defaults
are kept (ASCII85 on); `--same-settings` turns ASCII85 off and makes the output invariant,
as kraftdesk does, for the stricter comparison.
"""

import sys
from pathlib import Path
from xml.sax.saxutils import escape

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "LiberationSans-Regular.ttf"


def main(argv: list[str]) -> None:
    source, out = argv[0], Path(argv[1])
    same_settings = "--same-settings" in argv[2:]
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if same_settings:
        rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont("LiberationSans", str(FONT)))
    style = ParagraphStyle("plain", fontName="LiberationSans", fontSize=11, leading=14.5)
    documents = Path(source).read_text(encoding="utf-8").split("\f")
    for number, text in enumerate(documents):
        target = out if len(documents) == 1 else out.with_name(f"{out.stem}-{number}.pdf")
        doc = SimpleDocTemplate(str(target), initialFontName="LiberationSans",
                                invariant=1 if same_settings else 0)
        doc.build([Paragraph(escape(line), style) for line in text.splitlines()
                   if line.strip()])


if __name__ == "__main__":
    main(sys.argv[1:])
