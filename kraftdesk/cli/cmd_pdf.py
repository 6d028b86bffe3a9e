# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk pdf`: protokoll, protokollsutdrag and bilagor as PDF files.

    kraftdesk pdf minutes KS:2026-01-07 -o protokoll.pdf [--utkast | --slutlig | --offentlig]
    kraftdesk pdf minutes KS:2026 --mapp protokoll/      every meeting of the year, one file each
    kraftdesk pdf extract KS:2026:16 [KS:2026:17 …] -o utdrag.pdf
    kraftdesk pdf extract KS:2026:16 KS:2026:17 --mapp utdrag/      one file per paragraph
    kraftdesk pdf appendix KS:2026-01-07 [--bilaga 12 …] -o bilagor.pdf
    kraftdesk pdf kallelse KS:2027-01-13 -o kallelse.pdf [--slutlig [--datum D] | --skickad N]
    kraftdesk pdf kallelse KS:2027-01-13 --mapp kallelser/   named «KS 2027-01-13 kallelse.pdf»

--pdfa writes PDF/A (the organisation's part, PDF/A-2b unless set otherwise; --pdfa 1 or
--pdfa 2 chooses). The Swedish names (protokoll, utdrag, bilagor) work as well; `notice` is
the English name of `kallelse`. Every file goes through kraftdesk.services.output_files:
never over a register, a folder or a device, an existing file only with --force (with
--mapp, every file is checked before the first is written or anything recorded). A kallelse
is a draft unless --slutlig records it as sent (today, or --datum); once sent, the next one
is a tilläggskallelse of the ärenden added since. --skickad N writes the N-th notice again,
as it was sent. With --mapp instead of -o the kallelse gets its usual name in that folder
(«KS 2027-01-13 kallelse.pdf»).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.domain.errors import UserError

NAME = "pdf"
HELP = "skriv protokoll, protokollsutdrag eller bilagor som PDF"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="kind", metavar="DOKUMENT", title="dokument",
                                  required=True, parser_class=SwedishArgumentParser)
    minutes = kinds.add_parser("minutes", aliases=["protokoll"],
                               help="hela protokollet från ett sammanträde")
    minutes.add_argument("meeting", metavar="SAMMANTRÄDE",
                         help="till exempel KS:2026-01-07, eller organ och år (KS:2026) för "
                              "alla sammanträden det året")
    state = minutes.add_mutually_exclusive_group()
    state.add_argument("--utkast", dest="final", action="store_const", const=False,
                       help="märkt «Förslag – ej justerat» på varje sida")
    state.add_argument("--slutlig", dest="final", action="store_const", const=True,
                       help="det justerade protokollet (bara efter justering)")
    state.add_argument("--offentlig", dest="public", action="store_true",
                       help="den offentliga versionen av det justerade protokollet: sekretess "
                            "och personuppgifter borttagna, tillgänglighetsanpassad (taggad) "
                            "PDF")
    target = minutes.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--ut", dest="out", metavar="FIL", help="PDF-filen att skriva")
    target.add_argument("--mapp", dest="folder", metavar="MAPP",
                        help="med organ och år: ett protokoll per sammanträde i den här mappen "
                             "(«KS 2026-01-07.pdf» …)")

    extract = kinds.add_parser("extract", aliases=["utdrag"],
                               help="protokollsutdrag av en eller flera paragrafer")
    extract.add_argument("paragraphs", nargs="+", metavar="PARAGRAF",
                         help="till exempel KS:2026:16")
    target = extract.add_mutually_exclusive_group()
    target.add_argument("-o", "--ut", dest="out", metavar="FIL",
                        help="ett utdrag med alla paragraferna")
    target.add_argument("--mapp", dest="folder", metavar="MAPP",
                        help="ett utdrag per paragraf i den här mappen")
    extract.add_argument("--datum", type=iso_day, metavar="DATUM",
                         help="dagen för «Rätt utdraget intygar» (annars i dag)")

    appendix = kinds.add_parser("appendix", aliases=["bilagor"],
                                help="protokollets bilagor för sig")
    appendix.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    appendix.add_argument("--bilaga", dest="numbers", type=int, action="append",
                          metavar="N", help="bara bilaga N; upprepa för flera (annars alla)")
    appendix.add_argument("-o", "--ut", dest="out", required=True, metavar="FIL",
                          help="PDF-filen att skriva")

    notice = kinds.add_parser("kallelse", aliases=["notice"],
                              help="kallelse och föredragningslista (eller tilläggskallelse)")
    notice.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2027-01-13")
    target = notice.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--ut", dest="out", metavar="FIL", help="PDF-filen att skriva")
    target.add_argument("--mapp", dest="folder", metavar="MAPP",
                        help="skriv kallelsen i den här mappen med sitt vanliga namn "
                             "(«KS 2027-01-13 kallelse.pdf»)")
    which = notice.add_mutually_exclusive_group()
    which.add_argument("--utkast", dest="final", action="store_const", const=False,
                       help="ett utkast, märkt «Utkast – inte skickad» (standard)")
    which.add_argument("--slutlig", dest="final", action="store_const", const=True,
                       help="kallelsen som skickas: dagen registreras")
    which.add_argument("--skickad", dest="sent_number", type=int, metavar="N",
                       help="kallelse nummer N som den skickades (1 = den första)")
    notice.add_argument("--datum", type=iso_day, metavar="DATUM",
                        help="dagen då kallelsen skickas (med --slutlig; annars i dag)")
    for sub in (minutes, extract, appendix, notice):
        sub.add_argument("--force", action="store_true",
                         help="skriv över filer som redan finns")
    for sub in (minutes, extract, appendix):
        sub.add_argument("--pdfa", nargs="?", type=int, const=0, choices=(1, 2), metavar="DEL",
                         help="arkivformatet PDF/A (del 1 eller 2; utan värde "
                              "organisationens val, annars PDF/A-2b)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    # kraftdesk.services.exports is imported only when the register must be opened the
    # ordinary way (_ordinary): ReportLab and SQLAlchemy take a good part of a second to
    # load, which `pdf minutes -o` on an SQLite register never needs (services.plain_pdf).
    from kraftdesk.services import plain_pdf

    if args.kind in ("kallelse", "notice"):
        return _notice(args, ctx)
    if args.kind in ("protokoll", "minutes"):
        year = plain_pdf.is_year_ref(args.meeting)
        if year != (args.folder is not None):
            raise UserError(
                "Ett år (KS:2026) skrivs till en mapp med --mapp, ett sammanträde "
                "(KS:2026-01-07) till en fil med -o.", field="protokoll")
        if year and args.public:
            raise UserError("Den offentliga versionen skrivs för ett sammanträde i taget; "
                            "för ett helt år finns «kraftdesk publish».", field="protokoll")
        if args.public:
            from kraftdesk.services import publish

            done = publish.export_public_minutes(ctx.register(create=False), args.meeting,
                                                 Path(args.out), force=args.force)
            ctx.print(f"Den offentliga versionen av protokollet {args.meeting} är skriven "
                      f"till {done.path} ({_pages(done.pages)}).")
            return 0
        if year:
            exports, register = _ordinary(ctx)
            planned = exports.year_files(register, args.meeting, Path(args.folder))
            written = exports.export_minutes_year(register, args.meeting, Path(args.folder),
                                                  final=args.final, force=args.force)
            for (reference, _path), done in zip(planned, written, strict=True):
                ctx.print(f"Protokollet {reference} är skrivet till {done.path} "
                          f"({_pages(done.pages)}).")
            pages = sum(done.pages for done in written)
            ctx.print(f"{len(written)} protokoll ({_pages(pages)}) är skrivna till "
                      f"{args.folder}.")
            return 0
        done = (args.pdfa is None and plain_pdf.export_minutes_plain(
            ctx.url, args.meeting, Path(args.out), final=args.final, force=args.force)) or \
            _with(ctx, "export_minutes", args.meeting, Path(args.out), final=args.final,
                  force=args.force, pdfa=args.pdfa)
        ctx.print(f"Protokollet {args.meeting} är skrivet till {done.path} "
                  f"({_pages(done.pages)}).")
        _warn(ctx, done.warnings)
    elif args.kind in ("utdrag", "extract"):
        day = args.datum or ctx.clock().date()
        if not args.out and not args.folder:
            raise UserError("Ange en fil med -o eller en mapp med --mapp.", field="utdrag")
        if args.folder:
            paths = _with(ctx, "export_extracts_batch", args.paragraphs, Path(args.folder),
                          on=day, force=args.force, pdfa=args.pdfa)
            ctx.print(f"{len(paths)} protokollsutdrag är skrivna till {args.folder}:")
            for path in paths:
                ctx.print(f"  {path.name}")
        else:
            done = (args.pdfa is None and plain_pdf.export_extract_plain(
                ctx.url, args.paragraphs, Path(args.out), on=day, force=args.force)) or \
                _with(ctx, "export_extract", args.paragraphs, Path(args.out), on=day,
                      force=args.force, pdfa=args.pdfa)
            ctx.print(f"Protokollsutdraget är skrivet till {done.path} ({_pages(done.pages)}).")
            _warn(ctx, done.warnings)
    else:
        if args.numbers and any(n < 1 for n in args.numbers):
            raise UserError("Bilagor numreras från 1.", field="bilaga")
        done = (args.pdfa is None and plain_pdf.export_appendices_plain(
            ctx.url, args.meeting, Path(args.out), numbers=args.numbers, force=args.force)) or \
            _with(ctx, "export_appendices", args.meeting, Path(args.out), numbers=args.numbers,
                  force=args.force, pdfa=args.pdfa)
        ctx.print(f"Bilagorna är skrivna till {done.path} ({_pages(done.pages)}).")
        _warn(ctx, done.warnings)
    return 0


def _ordinary(ctx: CliContext) -> tuple[Any, Any]:
    """kraftdesk.services.exports and the register opened the ordinary way (migrated,
    checked): what every PDF the plain way does not write is written through."""
    from kraftdesk.services import exports

    return exports, ctx.register(create=False)


def _with(ctx: CliContext, name: str, *args: Any, **options: Any) -> Any:
    """services.exports.<name>(register, *args, **options) on the ordinary register."""
    exports, register = _ordinary(ctx)
    return getattr(exports, name)(register, *args, **options)


def _warn(ctx: CliContext, warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        ctx.print(f"Varning: {warning}")


def _pages(count: int) -> str:
    return "1 sida" if count == 1 else f"{count} sidor"


def _notice(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services import notices

    register = ctx.register(create=False)
    if args.datum and not args.final:
        raise UserError("--datum gäller bara med --slutlig (dagen då kallelsen skickas).",
                        field="datum")
    if args.folder is not None:
        out = Path(args.folder) / notices.notice_file_name(
            register, args.meeting, final=bool(args.final), sent_number=args.sent_number)
    else:
        out = Path(args.out)
    if args.sent_number is not None:
        data = notices.sent_notice_pdf(register, args.meeting, args.sent_number)
        notices.write_sent_copy(out, data, force=args.force,
                                create_folder=args.folder is not None)
        ctx.print(f"Kallelse nr {args.sent_number} till {args.meeting} är skriven till "
                  f"{out}.")
        return 0
    today = ctx.clock().date()
    done = notices.export_notice(register, args.meeting, out, final=bool(args.final),
                                 on=args.datum or today, force=args.force,
                                 create_folder=args.folder is not None)
    what = "Tilläggskallelsen" if done.supplementary else "Kallelsen"
    if done.sent_on is None:
        ctx.print(f"{what} till {args.meeting} (utkast) är skriven till {done.path} "
                  f"({_pages(done.pages)}).")
    else:
        ctx.print(f"{what} till {args.meeting} är skriven till {done.path} "
                  f"({_pages(done.pages)}) och registrerad som skickad "
                  f"{done.sent_on.isoformat()}.")
    for warning in notices.notice_overview(register, args.meeting, today=today).warnings:
        ctx.print(f"Varning: {warning}")
    return 0
