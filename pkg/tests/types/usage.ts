// How a user types a payload with the package's types; `tsc --noEmit` checks this file
// (pkg/tests/types.test.mjs). Each `@ts-expect-error` line must be an error, or tsc fails.
import type {
  InteractiveMessage,
  TemplateComponent,
  TemplateParameter,
  WhatsAppMessage,
  WhatsAppPayload,
} from "../../node/wa_lint.js";
import { lint } from "../../node/wa_lint.js";

const buttons: InteractiveMessage = {
  type: "button",
  body: { text: "Pick one" },
  action: { buttons: [{ type: "reply", reply: { id: "yes", title: "Yes" } }] },
};

const body: TemplateComponent = {
  type: "body",
  parameters: [{ type: "text", text: "Ana" }],
};

const message: WhatsAppMessage = {
  messaging_product: "whatsapp",
  to: "+16505551234",
  type: "interactive",
  interactive: buttons,
};

const read: WhatsAppPayload = { messaging_product: "whatsapp", status: "read", message_id: "wamid.HBgL" };

// The union narrows on `type`: inside this branch `action` is the reply-button action.
function buttonCount(interactive: InteractiveMessage): number {
  return interactive.type === "button" ? interactive.action.buttons.length : 0;
}

const findings = lint(JSON.stringify(message), {});
const firstCode: string | undefined = findings[0]?.code;

// @ts-expect-error: "slider" is not an interactive type.
const unknownType: InteractiveMessage = { type: "slider", body: { text: "?" }, action: {} };

// @ts-expect-error: a reply-button message needs a body.
const noBody: InteractiveMessage = { type: "button", action: { buttons: [] } };

const product = { catalog_id: "1", product_retailer_id: "2" };
const single: InteractiveMessage = { type: "product", action: product };

const textHeader = { type: "text", text: "Hi" } as const;

// @ts-expect-error: a single-product message takes no header.
const productHeader: InteractiveMessage = { type: "product", header: textHeader, action: product };

// @ts-expect-error: a text parameter's text is a string.
const numberText: TemplateParameter = { type: "text", text: 42 };

// @ts-expect-error: `to` is a string, and `tto` is no member of a message.
const typo: WhatsAppMessage = { messaging_product: "whatsapp", tto: "+16505551234", text: { body: "Hi" } };

export { body, buttonCount, firstCode, noBody, numberText, productHeader, read, single, typo, unknownType };
