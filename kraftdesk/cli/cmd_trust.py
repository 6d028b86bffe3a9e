# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk trust`: the certificate issuers the organisation trusts for signatures.

    kraftdesk trust add CA.pem        a trust anchor (PEM or DER)
    kraftdesk trust crl LISTA.crl     a revocation list, for B-LT signatures offline
    kraftdesk trust list              the trust anchors
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.services.input_files import read_input

NAME = "trust"
HELP = "betrodda utfärdare av certifikat för elektroniska underskrifter"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                    required=True, parser_class=SwedishArgumentParser)
    add = actions.add_parser("add", aliases=["lägg-till"],
                             help="lägg till en betrodd utfärdare (CA-certifikat, PEM eller DER)")
    add.add_argument("file", type=Path, metavar="FIL")
    crl = actions.add_parser("crl", aliases=["spärrlista"],
                             help="lägg till en spärrlista (CRL) för underskrifter utan nätverk")
    crl.add_argument("file", type=Path, metavar="FIL")
    actions.add_parser("list", aliases=["lista"], help="visa de betrodda utfärdarna")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services import signing
    from kraftdesk.text import signing as words

    register = ctx.register(create=False)
    if args.action in ("add", "lägg-till"):
        data = read_input(args.file, "ett certifikat")
        info = signing.add_trust_anchor(register, data, source=str(args.file))
        if info.added:
            ctx.print(words.trust_added(info.subject, info.not_after.isoformat()))
        else:
            ctx.print(f"{info.subject} är redan en betrodd utfärdare.")
    elif args.action in ("crl", "spärrlista"):
        data = read_input(args.file, "en spärrlista")
        issuer = signing.add_revocation_list(register, data, source=str(args.file))
        ctx.print(f"Spärrlistan från {issuer} är sparad.")
    else:
        anchors = signing.trust_anchors(register)
        if not anchors:
            ctx.print("Inga betrodda utfärdare ännu; lägg till med «kraftdesk trust add CA.pem».")
        for info in anchors:
            ctx.print(f"{info.subject} (giltig till {info.not_after.isoformat()}, SHA-256 "
                      f"{info.sha256[:16]}…)")
    return 0
