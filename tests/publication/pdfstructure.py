# SPDX-License-Identifier: EUPL-1.2
"""Reading a tagged PDF's structure back with pikepdf: the tree, the marked content of every
page, and whether each drawing operator is tagged content or an artifact."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf

#: Operators that put something on the page.
DRAWING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh",
           "BI"}


@dataclass
class PageContent:
    mcids: list[int] = field(default_factory=list)  # in content-stream order
    untagged: list[str] = field(default_factory=list)  # drawing operators outside both
    artifact_text: int = 0  # text operators inside artifacts
    tagged_text: int = 0


@dataclass
class Tree:
    tags: list[str]  # every element's /S, depth first
    references: list[tuple[int, int]]  # (page index, MCID) in tree (reading) order
    owner: dict[tuple[int, int], str]  # the tag of the element holding each MCID


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def page_contents(pdf: pikepdf.Pdf) -> list[PageContent]:
    out = []
    for page in pdf.pages:
        content = PageContent()
        stack: list[str] = []  # "mc" (tagged) or "artifact" or "other"
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                if tag == "/Artifact":
                    stack.append("artifact")
                elif op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) \
                        and "/MCID" in operands[1]:
                    content.mcids.append(int(operands[1].MCID))
                    stack.append("mc")
                else:
                    stack.append("other")
            elif op == "EMC":
                stack.pop()
            elif op in DRAWING:
                inside = [s for s in stack if s != "other"]
                if not inside:
                    content.untagged.append(op)
                elif op in ("Tj", "TJ"):
                    if inside[0] == "artifact":
                        content.artifact_text += 1
                    else:
                        content.tagged_text += 1
        assert not stack, "marked content not closed at the end of a page"
        out.append(content)
    return out


def tree(pdf: pikepdf.Pdf) -> Tree:
    pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
    result = Tree([], [], {})

    def visit(element: pikepdf.Object, inherited_page: int | None) -> None:
        tag = str(element.S)[1:]
        result.tags.append(tag)
        page = pages[element.Pg.objgen] if "/Pg" in element else inherited_page
        kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
        for kid in kids:
            if isinstance(kid, int):
                reference = (page, int(kid))
            elif "/Type" in kid and kid.Type == "/MCR":
                reference = (pages[kid.Pg.objgen], int(kid.MCID))
            else:
                assert kid.P.objgen == element.objgen, "a kid's /P is not its parent"
                visit(kid, page)
                continue
            result.references.append(reference)
            result.owner[reference] = tag

    root = pdf.Root.StructTreeRoot
    for kid in root.K if isinstance(root.K, pikepdf.Array) else [root.K]:
        visit(kid, None)
    return result


def parent_tree(pdf: pikepdf.Pdf) -> dict[int, list[pikepdf.Object]]:
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    return {int(nums[i]): list(nums[i + 1]) for i in range(0, len(nums), 2)}
