#!/usr/bin/env python3
"""The Python regex floor: one regular-expression pass over every template, nothing else.

Reads every template under the given folders (the extensions cx-lint walks), lower-cases it and
runs one compiled alternation of stock customer-service phrases over it, counting the matches.
That is the least work any linter of these files must do (read, normalise, scan once), so
cx-lint's whole run is compared with it as a ratio. Usage: python3 regex_floor.py DIR [DIR ...]
"""

import os
import re
import sys

EXTENSIONS = (".sbn", ".scriban", ".sbnhtml", ".sbntxt", ".liquid", ".md", ".markdown", ".txt")

# A sample of the phrases the rules look for, as one alternation with word boundaries
# (the same shape as cx-lint's phrase lists before its prefix index).
PHRASES = [
    r"dear (valued )?customer", r"to whom it may concern", r"hi there", r"hello there",
    r"we apologi[sz]e for (any|the) inconvenience", r"sorry for (any|the) inconvenience",
    r"your (call|business|custom) is (important|valuable) to us", r"thank you for your patience",
    r"as soon as (possible|we can)", r"asap", r"in due course", r"shortly", r"in the near future",
    r"(we|i) will (get back|come back|revert) to you", r"(we|i)('ll| will) (be in touch|follow up)",
    r"someone will (contact|call|email) you", r"a member of (our|the) team will",
    r"(please )?(let us know|contact us|reach out) if you (have|need) (any )?(questions|help)",
    r"feel free to (contact|reach out|get in touch)", r"do not hesitate to",
    r"we recommend", r"you (should|might want to) (consider|try)", r"because", r"so that",
    r"please (provide|confirm|send) (us )?your (order|account|ticket) (number|id)",
    r"(terms|conditions) (and conditions )?apply", r"subject to (availability|change)",
    r"i('m| am) (not authori[sz]ed|unable) to", r"(that|this) is (not )?(our|my) (policy|department)",
    r"our (experts|specialists|team of experts)", r"industry[- ]leading", r"world[- ]class",
    r"next steps?", r"what happens next", r"you can (also )?(track|check|view|manage)",
]
PATTERN = re.compile(r"(?<![\w'])(?:" + "|".join(PHRASES) + r")(?!\w)")


def main(roots):
    files = matches = 0
    for root in roots:
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("bin", "obj", "node_modules")]
            for name in names:
                if not name.endswith(EXTENSIONS):
                    continue
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    text = f.read().lower()
                files += 1
                matches += sum(1 for _ in PATTERN.finditer(text))
    print(f"{files} files, {matches} matches")


if __name__ == "__main__":
    main(sys.argv[1:] or ["."])
