#!/usr/bin/python3
"""Counts the words of each notebook's main line: markdown outside the sections whose heading starts with
"Notes on the post", "Going deeper" or "Exercises" (their subsections included).

    /usr/bin/python3 tools/mainline_words.py [NOTEBOOK...]      (default: notebooks/*.ipynb)
"""
import glob
import json
import re
import sys

SIDE_SECTIONS = ("Notes on the post", "Going deeper", "Exercises")


def main_line_words(path):
    with open(path, encoding="utf-8") as file:
        cells = json.load(file)["cells"]
    words = 0
    side_level = None  # the heading level of the side section being skipped, if any
    for cell in cells:
        if cell["cell_type"] != "markdown":
            continue
        for line in "".join(cell["source"]).splitlines():
            heading = re.match(r"^(#+)\s+(.*)", line)
            if heading:
                level, title = len(heading.group(1)), heading.group(2)
                if side_level is not None and level <= side_level:
                    side_level = None
                if side_level is None and title.startswith(SIDE_SECTIONS):
                    side_level = level
                if side_level is None:
                    words += len(title.split())
                continue
            if side_level is None:
                words += len(line.split())
    return words


if __name__ == "__main__":
    paths = sys.argv[1:] or sorted(glob.glob("notebooks/*.ipynb"))
    for path in paths:
        print(f"{main_line_words(path):6d}  {path}")
