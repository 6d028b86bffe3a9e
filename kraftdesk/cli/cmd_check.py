# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk check KS:2027-01-13`: the protocol checker. Exit 0: nothing found; 1: errors or
warnings (printed in Swedish, naming paragraph and field)."""

from __future__ import annotations

import argparse
import json

from kraftdesk.cli.context import CliContext
from kraftdesk.services import justering
from kraftdesk.text.checks import SEVERITY_WORDS, finding_line, summary_line

NAME = "check"
HELP = "kontrollera att ett protokoll är fullständigt och rätt innan det justeras"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    parser.add_argument("--json", action="store_true", help="skriv resultatet som JSON")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    findings = justering.check(ctx.register(create=False), args.meeting)
    if args.json:
        ctx.print(json.dumps([{
            "severity": f.severity.value, "check": f.check.value,
            "paragraph": f.number, "field": f.field, "message": f.message,
            "text": f"{SEVERITY_WORDS[f.severity]}: {f.message}"} for f in findings],
            ensure_ascii=False, indent=2))
    else:
        ctx.print(summary_line(args.meeting, findings))
        for finding in findings:
            ctx.print(finding_line(finding))
    return 1 if findings else 0
