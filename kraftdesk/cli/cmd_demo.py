# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk demo`: create a register holding the demo register (Malmö stad, example data)."""

from __future__ import annotations

import argparse

from kraftdesk.cli.cmd_import import describe
from kraftdesk.cli.context import CliContext
from kraftdesk.config import register_shown
from kraftdesk.services.demo import load_demo_summary

NAME = "demo"
HELP = "skapa ett register med demoregistret (Malmö stad och exempeldata)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    del args
    register = ctx.register(create=True)
    summary = load_demo_summary(register)
    ctx.print(f"Demoregistret är inläst i {register_shown(register.url)}.")
    ctx.print(describe(summary))
    ctx.print("Uppgifterna bygger på två publicerade protokoll från Malmö stad. Sammanträdet "
              "som är markerat som exempel och flera av personerna är påhittade.")
    return 0
