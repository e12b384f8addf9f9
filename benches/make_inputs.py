#!/usr/bin/env python3
"""Writes the benchmark inputs to benches/inputs/: a valid and an invalid payload of each message
type, long texts at their limits in complex scripts and emoji, and large ones (a list at every
limit, a 32768-character template body, 257 contacts, a 1 MB text). The Rust (criterion) and Node
benchmarks read the same files."""
import copy
import json
import pathlib

OUT = pathlib.Path(__file__).parent / "inputs"
TO = "+16505551234"
WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NDk4NjJBMDVGRjQyNjRFRjYA"


def message(kind, content, **extra):
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": TO, "type": kind, kind: content, **extra}


def interactive(body):
    return message("interactive", body)


def rows(n, start=0):
    return [{"id": f"row-{i}", "title": f"Option {i}", "description": "A short description of this option"} for i in range(start, start + n)]


VALID = {
    "text": message("text", {"preview_url": True, "body": "Your order #4521 has shipped! Track it at https://track.example.com/4521 🚚"}),
    "image": message("image", {"link": "https://cdn.example.com/products/shoe.jpg", "caption": "Our new running shoe 👟"}),
    "location": message("location", {"latitude": -23.5505, "longitude": -46.6333, "name": "Loja Paulista", "address": "Av. Paulista, 1578 - São Paulo"}),
    "contacts": message("contacts", [{"name": {"formatted_name": "Ana Lima", "first_name": "Ana", "last_name": "Lima"},
                                      "phones": [{"phone": "+55 81 99999 0000", "type": "CELL", "wa_id": "5581999990000"}],
                                      "emails": [{"email": "ana@example.com", "type": "WORK"}], "birthday": "1990-07-14"}]),
    "reaction": message("reaction", {"message_id": WAMID, "emoji": "👍🏽"}),
    "button": interactive({"type": "button", "header": {"type": "text", "text": "Order #4521"}, "body": {"text": "Confirm your delivery slot?"},
                           "footer": {"text": "Reply within 24 hours"},
                           "action": {"buttons": [{"type": "reply", "reply": {"id": "slot-am", "title": "Morning ☀️"}},
                                                  {"type": "reply", "reply": {"id": "slot-pm", "title": "Afternoon"}},
                                                  {"type": "reply", "reply": {"id": "later", "title": "Ask me later"}}]}}),
    "list": interactive({"type": "list", "header": {"type": "text", "text": "Menu"}, "body": {"text": "Pick a dish"}, "footer": {"text": "Delivery in 30 min"},
                         "action": {"button": "See menu", "sections": [{"title": "Mains", "rows": rows(3)}, {"title": "Desserts", "rows": rows(2, 3)}]}}),
    "product_list": interactive({"type": "product_list", "header": {"type": "text", "text": "Summer picks"}, "body": {"text": "Chosen for you"},
                                 "action": {"catalog_id": "367025965434465", "sections": [
                                     {"title": "Shoes", "product_items": [{"product_retailer_id": f"SKU-{i}"} for i in range(4)]},
                                     {"title": "Bags", "product_items": [{"product_retailer_id": f"BAG-{i}"} for i in range(3)]}]}}),
    "flow": interactive({"type": "flow", "header": {"type": "text", "text": "Book a table"}, "body": {"text": "Reserve in two taps"},
                         "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_token": "AQAAAAACS5FpgQ_cAAAAAD0QI3s",
                                                                    "flow_id": "1234567890123456", "flow_cta": "Book!", "flow_action": "navigate",
                                                                    "flow_action_payload": {"screen": "BOOKING", "data": {"party_size": 2}}}}}),
    "template": message("template", {"name": "order_update", "language": {"code": "pt_BR", "policy": "deterministic"}, "components": [
        {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://cdn.example.com/banner.png"}}]},
        {"type": "body", "parameters": [{"type": "text", "text": "Ana"},
                                        {"type": "currency", "currency": {"fallback_value": "R$ 100,99", "code": "BRL", "amount_1000": 100990}},
                                        {"type": "date_time", "date_time": {"fallback_value": "14 de julho"}}]},
        {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "4521"}]}]}),
}


def invalid(kind, payload):
    bad = copy.deepcopy(payload)
    content = bad.get(bad["type"])
    if kind == "text":
        content["body"] = ""
    elif kind == "image":
        content["link"] = "cdn.example.com/shoe.gif"
    elif kind == "location":
        content["latitude"] = "-23.5505"
    elif kind == "contacts":
        content[0]["birthday"] = "1990-02-30"
    elif kind == "reaction":
        content["emoji"] = "ok"
    elif kind == "button":
        content["action"]["buttons"][0]["reply"]["title"] = "Morning, between 8 and 12"
    elif kind == "list":
        content["action"]["sections"][1]["rows"] = rows(8)
    elif kind == "product_list":
        content["action"]["sections"][0]["product_items"] = [{"product_retailer_id": f"SKU-{i}"} for i in range(30)]
    elif kind == "flow":
        content["action"]["parameters"]["flow_cta"] = "Book a table tonight 🍽️"
    elif kind == "template":
        content["components"][1]["parameters"][0]["text"] = "Ana\nLima"
    return bad


def large():
    sections = [{"title": f"Section {s}", "rows": [{"id": "r" * 199 + str(s), "title": "t" * 24, "description": "d" * 72}]} for s in range(10)]
    yield "large-list-at-limits", interactive({"type": "list", "header": {"type": "text", "text": "h" * 60}, "body": {"text": "b" * 1024},
                                               "footer": {"text": "f" * 60}, "action": {"button": "B" * 20, "sections": sections}})
    yield "large-template-body-32768", message("template", {"name": "long_body", "language": {"code": "en_US"},
                                                           "components": [{"type": "body", "parameters": [{"type": "text", "text": "é" * 32768}]}]})
    yield "large-257-contacts", message("contacts", [copy.deepcopy(VALID["contacts"]["contacts"][0]) for _ in range(257)])
    yield "large-text-1mb", message("text", {"body": ("Olá, mundo! 👋 " * 80000)[:1_000_000]})


# One user-perceived character of each kind that takes the segmenter's slow paths.
COMPLEX = {
    "family-emoji": "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466",
    "flags": "\U0001F1E7\U0001F1F7",
    "combining-accents": "e\u0301",
    "devanagari-conjuncts": "\u0915\u094D\u0937",
    "hangul-jamo": "\u1100\u1161\u11A8",
    "keycaps": "1\uFE0F\u20E3",
    "skin-tones": "\U0001F44D\U0001F3FD",
    "arabic-marks": "\u0628\u064E",
}


def long_texts():
    """Valid payloads whose texts are exactly at their limits, in characters that are several
    code points each: the issue's "4–100 KB texts at their limits"."""
    for name, grapheme in COMPLEX.items():
        yield f"long-text-{name}", message("text", {"body": grapheme * 4096})
    yield "long-text-words-and-emoji", message("text", {"body": "Olá \U0001F44B\U0001F3FD mundo " * 341 + "Olá!"})
    yield "long-interactive-emoji", interactive({"type": "button", "body": {"text": COMPLEX["family-emoji"] * 1024},
                                                 "footer": {"text": COMPLEX["flags"] * 60},
                                                 "action": {"buttons": [{"type": "reply", "reply": {"id": f"b{i}", "title": COMPLEX["skin-tones"] * 19 + str(i)}}
                                                                        for i in range(3)]}})
    yield "long-template-emoji", message("template", {"name": "long_body", "language": {"code": "en_US"},
                                                      "components": [{"type": "body", "parameters": [{"type": "text", "text": COMPLEX["family-emoji"] * 4000}]}]})


def main():
    OUT.mkdir(exist_ok=True)
    for path in OUT.glob("*.json"):
        path.unlink()
    for kind, payload in VALID.items():
        (OUT / f"valid-{kind}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False))
        (OUT / f"invalid-{kind}.json").write_text(json.dumps(invalid(kind, payload), indent=2, ensure_ascii=False))
    for name, payload in [*long_texts(), *large()]:
        (OUT / f"{name}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
