#!/usr/bin/env python3
"""Checks schemas/message.schema.json.

1. the schema is valid against the JSON Schema 2020-12 metaschema, every $ref resolves, every property
   has `description` + `markdownDescription`, no `additionalProperties: false` anywhere;
2. every tests/spec_examples/*.json payload validates;
3. hand-made payloads: the valid ones pass, and each invalid one fails with errors *only* at the
   expected JSON Pointer (a missing member counts at the pointer where it should be, as wa-lint reports it).

Usage: python3 schemas/check_schema.py        (needs `pip install jsonschema`)
Exit status 0 when everything passes.
"""
import copy
import glob
import json
import os
import sys

from jsonschema import Draft202012Validator

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA_PATH = os.path.join(HERE, "message.schema.json")
EXAMPLES = os.path.join(ROOT, "tests", "spec_examples", "*.json")

WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NDk4NjJBMDVGRjQyNjRFRjYA"
failures = 0


def report(ok, what, detail=""):
    global failures
    if not ok:
        failures += 1
    print(f"  {'PASS' if ok else 'FAIL'}  {what}{('  — ' + detail) if detail else ''}")


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def error_pointers(validator, instance):
    """Pointers of all errors; a `required` error points at the missing member."""
    out = set()
    for e in validator.iter_errors(instance):
        base = list(e.absolute_path)
        if e.validator == "required" and isinstance(e.instance, dict):
            missing = [k for k in e.validator_value if k not in e.instance]
            for k in missing:
                out.add(pointer(base + [k]))
        else:
            out.add(pointer(base))
    return out


def errors_text(validator, instance):
    return "; ".join(f"{pointer(e.absolute_path) or '(root)'}: {e.message[:90]}"
                     for e in validator.iter_errors(instance))


# ----------------------------------------------------------------------------- 1. the schema itself
print("1. schema")
with open(SCHEMA_PATH, encoding="utf-8") as f:
    schema = json.load(f)

try:
    Draft202012Validator.check_schema(schema)
    report(True, "valid against the 2020-12 metaschema")
except Exception as exc:  # SchemaError
    report(False, "valid against the 2020-12 metaschema", str(exc)[:300])

report(schema.get("$id") == "https://wa-lint.dev/schemas/message.schema.json", "$id")

defs = schema.get("$defs", {})
bad_refs, no_desc, closed, no_title = [], [], [], []


def walk(node, path, conditional=False):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not (ref.startswith("#/$defs/") and ref[len("#/$defs/"):] in defs):
                bad_refs.append(f"{path}: {ref}")
        if node.get("additionalProperties") is False or node.get("unevaluatedProperties") is False:
            closed.append(path)
        for key, value in node.items():
            sub = f"{path}/{key}"
            if key == "properties" and isinstance(value, dict) and not conditional:
                for name, prop in value.items():
                    if not (isinstance(prop, dict) and prop.get("description") and prop.get("markdownDescription")):
                        no_desc.append(f"{sub}/{name}")
            # if/then/else/not/contains hold refinements of properties described elsewhere
            walk(value, sub, conditional or key in ("if", "then", "else", "not", "contains"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk(value, f"{path}/{i}", conditional)


walk(schema, "#")
for name, d in defs.items():
    if not d.get("title") or not d.get("description") or not d.get("markdownDescription"):
        no_title.append(name)
report(not bad_refs, "every $ref resolves", ", ".join(bad_refs))
report(not no_desc, "every property has description + markdownDescription", ", ".join(no_desc[:10]))
report(not no_title, "every $def has title + description + markdownDescription", ", ".join(no_title))
report(not closed, "no additionalProperties/unevaluatedProperties: false", ", ".join(closed))

validator = Draft202012Validator(schema)

# every `examples` value must be valid against the subschema that carries it
bad_examples, n_examples = [], 0


def walk_examples(node, path):
    global n_examples
    if isinstance(node, dict):
        for ex in node.get("examples", []):
            n_examples += 1
            errs = list(validator.evolve(schema=node).iter_errors(ex))
            if errs:
                bad_examples.append(f"{path}: {ex!r}: {errs[0].message[:80]}")
        for key, value in node.items():
            walk_examples(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk_examples(value, f"{path}/{i}")


walk_examples(schema, "#")
report(not bad_examples and n_examples > 0, f"all {n_examples} `examples` values validate against their subschema",
       "; ".join(bad_examples))

# ----------------------------------------------------------------------------- 2. spec examples
print("2. spec examples (tests/spec_examples/*.json)")
files = sorted(glob.glob(EXAMPLES))
report(len(files) > 0, f"{len(files)} example files found")
for path in files:
    with open(path, encoding="utf-8") as f:
        payload = json.load(f)
    errs = errors_text(validator, payload)
    report(not errs, os.path.basename(path), errs)


# ----------------------------------------------------------------------------- 3. crafted payloads
def example(name):
    with open(os.path.join(ROOT, "tests", "spec_examples", name), encoding="utf-8") as f:
        return json.load(f)


def env(**members):
    body = {"messaging_product": "whatsapp", "to": "+16505551234"}
    body.update(members)
    return body


def with_(base, mutate):
    doc = copy.deepcopy(base)
    mutate(doc)
    return doc


BUTTONS = example("002_interactive-reply-buttons.json")
LIST = example("002_interactive-list.json")
PRODUCT = example("002_interactive-product.json")
PRODUCT_LIST = example("002_interactive-product-list.json")
FLOW = example("002_interactive-flow.json")
TEMPLATE = example("002_template-with-components.json")
LOCATION = example("002_location.json")
CONTACTS = example("002_contacts.json")
REACTION = example("002_reaction.json")
TEXT = example("002_text.json")


def reply(i):
    return {"type": "reply", "reply": {"id": f"b{i}", "title": f"Option {i}"}}


def flow_params(**kw):
    p = {"flow_message_version": "3", "flow_token": "tok", "flow_id": "1234567890123456", "flow_cta": "Book!",
         "flow_action": "navigate", "flow_action_payload": {"screen": "BOOKING_SCREEN"}}
    p.update(kw)
    return {k: v for k, v in p.items() if v is not None}


def flow_msg(params=None, header=None, flat=False):
    action = params if flat else {"name": "flow", "parameters": params}
    inter = {"type": "flow", "body": {"text": "Book a table"}, "action": action}
    if header:
        inter["header"] = header
    return env(type="interactive", interactive=inter)


def tmpl(*components, language=None):
    t = {"name": "order_confirmation", "language": language or {"code": "en_US"}}
    if components:
        t["components"] = list(components)
    return env(type="template", template=t)


CTA = env(type="interactive", interactive={
    "type": "cta_url", "header": {"type": "image", "image": {"link": "https://cdn.example.com/a.png"}},
    "body": {"text": "Tickets are on sale"},
    "action": {"name": "cta_url", "parameters": {"display_text": "See dates", "url": "https://example.com/t"}}})
LOC_REQ = env(type="interactive", interactive={
    "type": "location_request_message", "body": {"text": "Where should we deliver?"},
    "action": {"name": "send_location"}})
FLAGS11 = "🇧🇷" * 11  # 11 grapheme clusters, 22 code points

VALID = [
    ("mark-as-read", {"messaging_product": "whatsapp", "status": "read", "message_id": WAMID}),
    ("mark-as-read + typing indicator", {"messaging_product": "whatsapp", "status": "read", "message_id": WAMID,
                                         "typing_indicator": {"type": "text"}}),
    ("type absent (defaults to text)", env(text={"body": "hi"})),
    ("unknown member is allowed (wa-lint warns)", with_(TEXT, lambda d: d.update(mesaging_product="x"))),
    ("group message, group id in to", env(recipient_type="group", to="Y2FwaV9ncm91cDoxNzA1NTU1MDEzOTo",
                                          text={"body": "hi all"})),
    ("recipient instead of to", {"messaging_product": "whatsapp", "recipient": "US.13491208655302741918",
                                 "text": {"body": "hi"}}),
    ("to with separators", env(to="+1 (650) 555-1234", text={"body": "hi"})),
    ("audio by link", env(type="audio", audio={"link": "https://cdn.example.com/a.ogg"})),
    ("document with filename + caption", env(type="document", document={
        "id": "123", "filename": "invoice.pdf", "caption": "Your invoice"})),
    ("video and sticker", env(type="video", video={"id": "1"}, sticker={"id": "2"})),
    ("media with both id and link (wa-lint warning only)", env(type="image", image={
        "id": "1", "link": "https://cdn.example.com/a.jpg"})),
    ("reply title of 20 emoji", with_(BUTTONS, lambda d: d["interactive"]["action"]["buttons"][0]["reply"]
                                      .update(title="👍" * 20))),
    ("single-section list without title", with_(LIST, lambda d: (
        d["interactive"]["action"].update(sections=d["interactive"]["action"]["sections"][:1]),
        d["interactive"]["action"]["sections"][0].pop("title")))),
    ("product without body", with_(PRODUCT, lambda d: d["interactive"].pop("body"))),
    ("catalog_message with a header (ignored, wa-lint warning)", with_(
        example("003_interactive-catalog-message.json"),
        lambda d: d["interactive"].update(header={"type": "text", "text": "x"}))),
    ("flow data_exchange with flow_name, no payload", flow_msg(flow_params(
        flow_id=None, flow_name="booking", flow_action="data_exchange", flow_action_payload=None))),
    ("flow without flow_action but with payload", flow_msg(flow_params(flow_action=None))),
    ("flow flat layout (deprecated, wa-lint warning)", flow_msg(flow_params(), flat=True)),
    ("cta_url with image header", CTA),
    ("location_request_message", LOC_REQ),
    ("template without components", tmpl()),
    ("template index as integer, url button with text", tmpl(
        {"type": "button", "sub_type": "url", "index": 0, "parameters": [{"type": "text", "text": "order/4521"}]})),
    ("template body-only text of 2000 chars", tmpl(
        {"type": "body", "parameters": [{"type": "text", "text": "a" * 2000}]})),
    ("template language.policy deterministic", tmpl(language={"code": "pt_BR", "policy": "deterministic"})),
]

# (name, payload, expected pointers)
INVALID = [
    # the six asked for
    ("missing messaging_product", with_(TEXT, lambda d: d.pop("messaging_product")), {"/messaging_product"}),
    ("4 reply buttons", with_(BUTTONS, lambda d: d["interactive"]["action"].update(
        buttons=[reply(i) for i in range(4)])), {"/interactive/action/buttons"}),
    ("latitude as string", with_(LOCATION, lambda d: d["location"].update(latitude="37.758056")),
     {"/location/latitude"}),
    ("25-char ASCII row title", with_(LIST, lambda d: d["interactive"]["action"]["sections"][0]["rows"][1]
                                      .update(title="A" * 25)),
     {"/interactive/action/sections/0/rows/1/title"}),
    ("header on a product message", with_(PRODUCT, lambda d: d["interactive"].update(
        header={"type": "text", "text": "Hi"})), {"/interactive/header"}),
    ("list header of type image", with_(LIST, lambda d: d["interactive"].update(
        header={"type": "image", "image": {"link": "https://cdn.example.com/a.jpg"}})),
     {"/interactive/header/type"}),
    # envelope
    ("root is an array", [TEXT], {""}),
    ("messaging_product not whatsapp", with_(TEXT, lambda d: d.update(messaging_product="WhatsApp")),
     {"/messaging_product"}),
    ("neither to nor recipient", with_(TEXT, lambda d: d.pop("to")), {"/to"}),
    ("to with 6 digits", with_(TEXT, lambda d: d.update(to="+123456")), {"/to"}),
    ("unknown message type", with_(TEXT, lambda d: d.update(type="poll")), {"/type"}),
    ("type image without image", env(type="image", text={"body": "x"}), {"/image"}),
    ("hsm", with_(TEXT, lambda d: d.update(hsm={})), {"/hsm"}),
    ("typing_indicator on a message", with_(TEXT, lambda d: d.update(typing_indicator={"type": "text"})),
     {"/typing_indicator"}),
    ("context WAMID of 129 chars", env(context={"message_id": "w" * 129}, text={"body": "x"}),
     {"/context/message_id"}),
    ("biz_opaque_callback_data of 513 chars", with_(TEXT, lambda d: d.update(biz_opaque_callback_data="x" * 513)),
     {"/biz_opaque_callback_data"}),
    # mark-as-read
    ("status delivered", {"messaging_product": "whatsapp", "status": "delivered", "message_id": WAMID},
     {"/status"}),
    ("mark-as-read without message_id", {"messaging_product": "whatsapp", "status": "read"}, {"/message_id"}),
    ("typing_indicator type audio", {"messaging_product": "whatsapp", "status": "read", "message_id": WAMID,
                                     "typing_indicator": {"type": "audio"}}, {"/typing_indicator/type"}),
    # text, media, location, contacts, reaction
    ("empty text body", env(text={"body": ""}), {"/text/body"}),
    ("text body of 4097 chars", env(text={"body": "x" * 4097}), {"/text/body"}),
    ("image with neither id nor link", env(type="image", image={"caption": "x"}), {"/image/id"}),
    ("image link not http(s)", env(type="image", image={"link": "ftp://example.com/a.jpg"}), {"/image/link"}),
    ("caption on audio", env(type="audio", audio={"id": "1", "caption": "x"}), {"/audio/caption"}),
    ("filename on image", env(type="image", image={"id": "1", "filename": "a.jpg"}), {"/image/filename"}),
    ("image caption of 1025 chars", env(type="image", image={"id": "1", "caption": "c" * 1025}), {"/image/caption"}),
    ("location without name", with_(LOCATION, lambda d: d["location"].pop("name")), {"/location/name"}),
    ("longitude 181", with_(LOCATION, lambda d: d["location"].update(longitude=181)), {"/location/longitude"}),
    ("258 contacts", with_(CONTACTS, lambda d: d.update(contacts=d["contacts"] * 258)), {"/contacts"}),
    ("contact name with formatted_name only", with_(CONTACTS, lambda d: d["contacts"][0].update(
        name={"formatted_name": "John"})), {"/contacts/0/name"}),
    ("birthday 1990-4-23", with_(CONTACTS, lambda d: d["contacts"][0].update(birthday="1990-4-23")),
     {"/contacts/0/birthday"}),
    ("country_code USA", with_(CONTACTS, lambda d: d["contacts"][0]["addresses"][0].update(country_code="USA")),
     {"/contacts/0/addresses/0/country_code"}),
    ("country_code with a trailing new-line", with_(CONTACTS, lambda d: d["contacts"][0]["addresses"][0].update(
        country_code="US\n")), {"/contacts/0/addresses/0/country_code"}),
    ("to with a trailing new-line", with_(TEXT, lambda d: d.update(to="+16505551234\n")), {"/to"}),
    ("reaction without emoji", with_(REACTION, lambda d: d["reaction"].pop("emoji")), {"/reaction/emoji"}),
    # interactive
    ("unknown interactive type", with_(BUTTONS, lambda d: d["interactive"].update(type="carousel")),
     {"/interactive/type"}),
    ("button message without body", with_(BUTTONS, lambda d: d["interactive"].pop("body")), {"/interactive/body"}),
    ("reply title of 21 chars", with_(BUTTONS, lambda d: d["interactive"]["action"]["buttons"][0]["reply"]
                                      .update(title="T" * 21)), {"/interactive/action/buttons/0/reply/title"}),
    ("reply id with trailing space", with_(BUTTONS, lambda d: d["interactive"]["action"]["buttons"][1]["reply"]
                                           .update(id="reschedule ")), {"/interactive/action/buttons/1/reply/id"}),
    ("reply id with a trailing new-line", with_(BUTTONS, lambda d: d["interactive"]["action"]["buttons"][1]
                                                ["reply"].update(id="reschedule\n")),
     {"/interactive/action/buttons/1/reply/id"}),
    ("button type url", with_(BUTTONS, lambda d: d["interactive"]["action"]["buttons"][0].update(type="url")),
     {"/interactive/action/buttons/0/type"}),
    ("list without sections", with_(LIST, lambda d: d["interactive"]["action"].pop("sections")),
     {"/interactive/action/sections"}),
    ("list with 2 sections, one untitled", with_(LIST, lambda d: d["interactive"]["action"]["sections"][1]
                                                 .pop("title")), {"/interactive/action/sections/1/title"}),
    ("11 rows in one section", with_(LIST, lambda d: d["interactive"]["action"]["sections"][0].update(
        rows=[{"id": f"r{i}", "title": f"Row {i}"} for i in range(11)])), {"/interactive/action/sections/0/rows"}),
    ("row description of 73 chars", with_(LIST, lambda d: d["interactive"]["action"]["sections"][0]["rows"][0]
                                          .update(description="d" * 73)),
     {"/interactive/action/sections/0/rows/0/description"}),
    ("list button of 21 chars", with_(LIST, lambda d: d["interactive"]["action"].update(button="b" * 21)),
     {"/interactive/action/button"}),
    ("product without product_retailer_id", with_(PRODUCT, lambda d: d["interactive"]["action"]
                                                  .pop("product_retailer_id")),
     {"/interactive/action/product_retailer_id"}),
    ("product_list without header", with_(PRODUCT_LIST, lambda d: d["interactive"].pop("header")),
     {"/interactive/header"}),
    ("product_list section without items", with_(PRODUCT_LIST, lambda d: d["interactive"]["action"]["sections"][0]
                                                 .update(product_items=[])),
     {"/interactive/action/sections/0/product_items"}),
    ("catalog_message action name wrong", with_(example("003_interactive-catalog-message.json"),
                                                lambda d: d["interactive"]["action"].update(name="catalog")),
     {"/interactive/action/name"}),
    ("flow without flow_id and flow_name", flow_msg(flow_params(flow_id=None)), {"/interactive/action/parameters"}),
    ("flow with flow_id and flow_name", flow_msg(flow_params(flow_name="booking")),
     {"/interactive/action/parameters/flow_name"}),
    ("flow navigate without payload", flow_msg(flow_params(flow_action_payload=None)),
     {"/interactive/action/parameters/flow_action_payload"}),
    ("flow default action without payload", flow_msg(flow_params(flow_action=None, flow_action_payload=None)),
     {"/interactive/action/parameters/flow_action_payload"}),
    ("flow_message_version as number", flow_msg(flow_params(flow_message_version=3)),
     {"/interactive/action/parameters/flow_message_version"}),
    ("flow_cta of 21 chars", flow_msg(flow_params(flow_cta="c" * 21)), {"/interactive/action/parameters/flow_cta"}),
    ("flow payload data empty", flow_msg(flow_params(flow_action_payload={"screen": "S", "data": {}})),
     {"/interactive/action/parameters/flow_action_payload/data"}),
    ("flow header of type image", flow_msg(flow_params(), header={"type": "image", "image": {"id": "1"}}),
     {"/interactive/header/type"}),
    ("flow flat layout without flow_cta", flow_msg(flow_params(flow_cta=None), flat=True),
     {"/interactive/action/flow_cta"}),
    ("cta_url with ftp url", with_(CTA, lambda d: d["interactive"]["action"]["parameters"].update(url="ftp://x")),
     {"/interactive/action/parameters/url"}),
    ("location_request_message with header", with_(LOC_REQ, lambda d: d["interactive"].update(
        header={"type": "text", "text": "x"})), {"/interactive/header"}),
    # template
    ("template without name", with_(TEMPLATE, lambda d: d["template"].pop("name")), {"/template/name"}),
    ("template language without code", tmpl(language={"policy": "deterministic"}), {"/template/language/code"}),
    ("language.policy fallback", tmpl(language={"code": "en_US", "policy": "fallback"}),
     {"/template/language/policy"}),
    ("button index 10", with_(TEMPLATE, lambda d: d["template"]["components"][2].update(index="10")),
     {"/template/components/2/index"}),
    ("button index -1 (integer)", with_(TEMPLATE, lambda d: d["template"]["components"][2].update(index=-1)),
     {"/template/components/2/index"}),
    ("button without sub_type", with_(TEMPLATE, lambda d: d["template"]["components"][3].pop("sub_type")),
     {"/template/components/3/sub_type"}),
    ("url button without text parameter", tmpl({"type": "button", "sub_type": "url", "index": "0",
                                                "parameters": [{"type": "payload", "payload": "x"}]}),
     {"/template/components/0/parameters"}),
    ("quick_reply payload parameter without payload", with_(TEMPLATE, lambda d: d["template"]["components"][2]
                                                            ["parameters"][0].pop("payload")),
     {"/template/components/2/parameters/0/payload"}),
    ("text parameter with a new-line", tmpl({"type": "body", "parameters": [{"type": "text", "text": "a\nb"}]}),
     {"/template/components/0/parameters/0/text"}),
    ("text parameter with 5 spaces", tmpl({"type": "body", "parameters": [{"type": "text", "text": "a     b"}]}),
     {"/template/components/0/parameters/0/text"}),
    ("header text parameter of 61 chars", tmpl({"type": "header", "parameters": [{"type": "text", "text": "h" * 61}]}),
     {"/template/components/0/parameters/0/text"}),
    ("body text 1025 chars with another component", tmpl(
        {"type": "body", "parameters": [{"type": "text", "text": "b" * 1025}]},
        {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [{"type": "payload", "payload": "p"}]}),
     {"/template/components/0/parameters/0/text"}),
    ("body-only text of 32769 chars", tmpl({"type": "body", "parameters": [{"type": "text", "text": "b" * 32769}]}),
     {"/template/components/0/parameters/0/text"}),
    ("currency code usd", with_(TEMPLATE, lambda d: d["template"]["components"][1]["parameters"][1]["currency"]
                                .update(code="usd")), {"/template/components/1/parameters/1/currency/code"}),
    ("amount_1000 as float", with_(TEMPLATE, lambda d: d["template"]["components"][1]["parameters"][1]["currency"]
                                   .update(amount_1000=100.99)),
     {"/template/components/1/parameters/1/currency/amount_1000"}),
    ("date_time parameter without date_time", with_(TEMPLATE, lambda d: d["template"]["components"][1]
                                                    ["parameters"][2].pop("date_time")),
     {"/template/components/1/parameters/2/date_time"}),
    ("component type buttons", tmpl({"type": "buttons"}), {"/template/components/0/type"}),
]

print("3a. crafted valid payloads")
for name, payload in VALID:
    errs = errors_text(validator, payload)
    report(not errs, name, errs)

print("3b. crafted invalid payloads (errors must be exactly at the expected pointer)")
for name, payload, expected in INVALID:
    got = error_pointers(validator, payload)
    ok = got == expected
    report(ok, f"{name} → {', '.join(sorted(expected)) or '(root)'}",
           "" if ok else f"got {sorted(got)}: {errors_text(validator, payload)}")

print("3c. documented divergence (schema stricter than wa-lint)")
flags = with_(BUTTONS, lambda d: d["interactive"]["action"]["buttons"][0]["reply"].update(title=FLAGS11))
got = error_pointers(validator, flags)
report(got == {"/interactive/action/buttons/0/reply/title"},
       "11 flag emoji (11 graphemes, 22 code points) exceed maxLength 20 here; wa-lint accepts them")

print()
print("OK: all checks passed" if failures == 0 else f"FAILED: {failures} check(s)")
sys.exit(1 if failures else 0)
