#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pavutyna contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished entries of a Qt .ts file from a JSON dictionary {source: translation or [plural forms]}.

    scripts/dev/fill_translations.py translations/pavutyna_uk.ts translations/uk-new.json

Used after `cmake --build build/dev --target update_translations`; entries missing from the dictionary are
listed and left unfinished, so the i18n check keeps failing until someone translates them.
"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, dict_path = sys.argv[1], sys.argv[2]
with open(dict_path, encoding="utf-8") as f:
    words = json.load(f)
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    if source not in words:
        missing.append(source)
        continue
    value = words[source]
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
        translation.text = None
    else:
        translation.text = value
    del translation.attrib["type"]
with open(ts_path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
for source in missing:
    print("untranslated:", source.replace("\n", "\\n"))
sys.exit(1 if missing else 0)
