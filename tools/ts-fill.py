#!/usr/bin/env python3
"""Fill or report the unfinished messages of a Qt .ts file.

  ts-fill.py --report FILE.ts               list unfinished messages (context, source), exit 0
  ts-fill.py FILE.ts PAIRS.json             fill unfinished messages from PAIRS.json

PAIRS.json maps an English source text to its French translation: {"Save": "Enregistrer", ...}
or, for a source that needs different translations by context, {"Context::Name": {"Save": "..."}}.
Plural messages take a list of forms: {"%n change(s)": ["%n modification", "%n modifications"]}.
Runs under the same lock as update-translations.sh so helpers can fill in parallel.
"""
import fcntl
import json
import os
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree


def unfinished(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is not None and tr.get('type') == 'unfinished':
                yield name, msg


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write('\n')


def main():
    args = sys.argv[1:]
    if args and args[0] == '--report':
        tree = load(args[1])
        rows = [(c, m.findtext('source')) for c, m in unfinished(tree)]
        for c, s in rows:
            print(f'{c}\t{s!r}')
        print(f'{len(rows)} unfinished', file=sys.stderr)
        return 0
    ts, pairs_path = args
    lock = open(os.path.join(os.path.dirname(os.path.abspath(ts)), '.lock'), 'w')
    fcntl.flock(lock, fcntl.LOCK_EX)
    pairs = json.load(open(pairs_path, encoding='utf-8'))
    tree = load(ts)
    filled = 0
    missing = []
    for ctx, msg in unfinished(tree):
        source = msg.findtext('source')
        value = None
        if isinstance(pairs.get(ctx), dict):
            value = pairs[ctx].get(source)
        if value is None and not isinstance(pairs.get(source), dict):
            value = pairs.get(source)
        if value is None:
            missing.append((ctx, source))
            continue
        tr = msg.find('translation')
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get('numerus') == 'yes':
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = value
        del tr.attrib['type']
        filled += 1
    write(tree, ts)
    print(f'filled {filled}; still unfinished {len(missing)}', file=sys.stderr)
    for c, s in missing:
        print(f'{c}\t{s!r}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
