#!/usr/bin/env bash
# Scaffolds a rule: its `Rule` static at the end of the family file, its line in the registry
# (src/registry.rs, in code order) and its spec folder tests/specs/<code>-<name>/ with a valid and
# an invalid example to edit. What it writes is marked "FILL IN": the registry test fails until
# every mark is replaced, and the spec test fails until the invalid example raises the rule.
#
#   scripts/new-rule.sh WA0712 button-icon-length rules/interactive/button.rs interactive.button
#
# Then: write the check in the family file, edit the two examples, and run
#   cargo test WA0712                                   (the rule's spec files)
#   INSTA_UPDATE=always cargo test --test specs WA0712  (record their snapshots; review them)
#   UPDATE_DOCS=1 cargo test --test it rule_reference   (regenerate docs/rules.md)
# CONTRIBUTING.md walks through a whole example.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 3 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
code=$1 name=$2 file=src/${3#src/} applies=${4:-*}
[[ $code =~ ^WA[0-9]{4}$ ]] || { echo "code must be WA and four digits: $code" >&2; exit 2; }
[[ $name =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] || { echo "name must be kebab-case: $name" >&2; exit 2; }
[ -f "$file" ] || { echo "no family file $file" >&2; exit 2; }
if grep -rq "code: \"$code\"" src || grep -rq "name: \"$name\"" src; then
  echo "$code or $name is taken" >&2
  exit 2
fi

static=$(echo "$name" | tr 'a-z-' 'A-Z_')
folder="$code-$name"
cat >>"$file" <<RUST

pub static $static: Rule = Rule {
    code: "$code",
    name: "$name",
    severity: Error,
    applies_to: &["$applies"],
    source: meta!("FILL IN: the page under developers.facebook.com/documentation/business-messaging/whatsapp/", "FILL IN: its section"),
    summary: "FILL IN: one line, what the rule checks.",
    help: "FILL IN: how to fix what it finds",
    valid: example!("$folder", "valid"),
    invalid: example!("$folder", "invalid"),
};
RUST

# The registry names a rule through its family: rules/<family>.rs, or rules/interactive/<type>.rs
# re-exported by rules/interactive/mod.rs; template rules live in templates/{send,definition}_rules.rs.
case ${file#src/} in
  rules/interactive/mod.rs) module=interactive ;;
  rules/interactive/*.rs)
    module=interactive
    submodule=$(basename "$file" .rs)
    # After the last re-export of the interactive family.
    last=$(grep -n '^pub(crate) use ' src/rules/interactive/mod.rs | tail -1 | cut -d: -f1)
    sed -i "${last}a pub(crate) use $submodule::$static;" src/rules/interactive/mod.rs
    ;;
  rules/*.rs) module=$(basename "$file" .rs) ;;
  templates/send_rules.rs) module=send ;;
  templates/definition_rules.rs) module=definition ;;
  *) echo "rules live in src/rules/ or in src/templates/{send,definition}_rules.rs" >&2; exit 2 ;;
esac
entry="    &$module::$static,"
# Inserted before the first registered rule with a larger code (codes read from the sources).
python3 - "$entry" "$code" <<'PY'
import pathlib, re, sys
entry, code = sys.argv[1], sys.argv[2]
codes = {}
for path in pathlib.Path("src").rglob("*.rs"):
    text = path.read_text()
    for static, found in re.findall(r'static (\w+): Rule = Rule \{\s*code: "(WA\d{4})"', text):
        codes[static] = found
registry = pathlib.Path("src/registry.rs")
lines = registry.read_text().split("\n")
for index, line in enumerate(lines):
    match = re.match(r"    &[\w:]+::(\w+),$", line)
    if (match and codes.get(match.group(1), "") > code) or line == "];":
        lines.insert(index, entry)
        break
registry.write_text("\n".join(lines))
PY

mkdir -p "tests/specs/$folder/valid" "tests/specs/$folder/invalid"
for kind in valid invalid; do
  cat >"tests/specs/$folder/$kind/example.json" <<JSON
{
  "messaging_product": "whatsapp",
  "to": "+16505551234",
  "type": "text",
  "text": {
    "body": "FILL IN: a whole payload that the rule $([ $kind = valid ] && echo accepts || echo reports)"
  }
}
JSON
done

echo "added $code $name:"
echo "  $file: the Rule static $static (write its check there too)"
echo "  src/registry.rs: $entry"
echo "  tests/specs/$folder/{valid,invalid}/example.json (and options.json if the rule needs options)"
