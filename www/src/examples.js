/**
 * One valid payload (zero errors per CONSTRAINTS.md) for every kind of message the playground
 * previews. Keys are the <option> values of the examples menu.
 */
const envelope = { messaging_product: "whatsapp", recipient_type: "individual", to: "+16505551234" };
const wamid = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NDk4NjJBMDVGRjQyNjRFRjYA";
const interactive = (body) => ({ ...envelope, type: "interactive", interactive: body });
/** An amount as orders take it: value in hundredths. */
const amount = (value) => ({ value, offset: 100 });
const mediaCard = (index, slug, text) => ({
  card_index: index,
  type: "cta_url",
  header: { type: "image", image: { link: `https://www.luckyshrub.com/assets/${slug}.jpeg` } },
  body: { text },
  action: {
    name: "cta_url",
    parameters: { display_text: "Buy now", url: `https://shop.luckyshrub.com/latest/${slug}` },
  },
});

export const examples = {
  text: {
    label: "Text",
    payload: {
      ...envelope,
      type: "text",
      text: {
        preview_url: false,
        body: "Hi Maria! Your order #4521 has shipped and should arrive on Friday.",
      },
    },
  },
  "text-preview": {
    label: "Text with link preview",
    payload: {
      ...envelope,
      type: "text",
      text: { preview_url: true, body: "Track your parcel here: https://www.example.com/track/4521" },
    },
  },
  image: {
    label: "Image",
    payload: {
      ...envelope,
      type: "image",
      image: {
        link: "https://cdn.example.com/images/summer-sale.jpg",
        caption: "Summer sale: 20% off everything",
      },
    },
  },
  audio: {
    label: "Audio",
    payload: {
      ...envelope,
      type: "audio",
      audio: { link: "https://cdn.example.com/audio/welcome-message.mp3" },
    },
  },
  document: {
    label: "Document",
    payload: {
      ...envelope,
      type: "document",
      document: {
        link: "https://cdn.example.com/invoices/invoice-4521.pdf",
        filename: "invoice-4521.pdf",
        caption: "Your invoice for order #4521",
      },
    },
  },
  sticker: {
    label: "Sticker",
    payload: {
      ...envelope,
      type: "sticker",
      sticker: { link: "https://cdn.example.com/stickers/thank-you.webp" },
    },
  },
  video: {
    label: "Video",
    payload: {
      ...envelope,
      type: "video",
      video: {
        link: "https://cdn.example.com/videos/unboxing.mp4",
        caption: "How to set up your new blender",
      },
    },
  },
  location: {
    label: "Location",
    payload: {
      ...envelope,
      type: "location",
      location: {
        latitude: 37.758056,
        longitude: -122.425332,
        name: "Philz Coffee",
        address: "3101 24th St, San Francisco, CA 94110",
      },
    },
  },
  contacts: {
    label: "Contacts",
    payload: {
      ...envelope,
      type: "contacts",
      contacts: [
        {
          name: { formatted_name: "Ana Souza", first_name: "Ana", last_name: "Souza" },
          phones: [{ phone: "+55 11 98765-4321", type: "CELL", wa_id: "5511987654321" }],
          emails: [{ email: "ana.souza@example.com", type: "WORK" }],
          org: { company: "Acme Corporation", title: "Support lead" },
        },
      ],
    },
  },
  reaction: {
    label: "Reaction",
    payload: { ...envelope, type: "reaction", reaction: { message_id: wamid, emoji: "👍" } },
  },
  button: {
    label: "Interactive: reply buttons",
    payload: interactive({
      type: "button",
      header: { type: "image", image: { link: "https://cdn.example.com/images/appointment.png" } },
      body: { text: "Your appointment is tomorrow at 10:00. Can you make it?" },
      footer: { text: "Reply to confirm or reschedule" },
      action: {
        buttons: [
          { type: "reply", reply: { id: "confirm-appointment", title: "Yes, confirm" } },
          { type: "reply", reply: { id: "reschedule-appointment", title: "Reschedule" } },
        ],
      },
    }),
  },
  list: {
    label: "Interactive: list",
    payload: interactive({
      type: "list",
      header: { type: "text", text: "Choose a delivery slot" },
      body: { text: "When should we deliver your groceries? Pick a slot from the list." },
      footer: { text: "Slots are held for 15 minutes" },
      action: {
        button: "See slots",
        sections: [
          {
            title: "Tomorrow",
            rows: [
              {
                id: "slot-tomorrow-morning",
                title: "Morning (8-12)",
                description: "Delivery between 8:00 and 12:00, free",
              },
              {
                id: "slot-tomorrow-evening",
                title: "Evening (18-21)",
                description: "Delivery between 18:00 and 21:00, $2.99",
              },
            ],
          },
          {
            title: "Saturday",
            rows: [
              {
                id: "slot-saturday-morning",
                title: "Morning (9-13)",
                description: "Delivery between 9:00 and 13:00, free",
              },
            ],
          },
        ],
      },
    }),
  },
  product: {
    label: "Interactive: single product",
    payload: interactive({
      type: "product",
      body: { text: "Here is the blender you asked about." },
      footer: { text: "Prices include taxes" },
      action: { catalog_id: "1234567890123456", product_retailer_id: "blender-pro-500" },
    }),
  },
  product_list: {
    label: "Interactive: multi-product",
    payload: interactive({
      type: "product_list",
      header: { type: "text", text: "Our summer picks" },
      body: { text: "Here are the products you asked about. Tap one to see details." },
      footer: { text: "Free shipping on orders over $50" },
      action: {
        catalog_id: "1234567890123456",
        sections: [
          {
            title: "T-shirts",
            product_items: [
              { product_retailer_id: "tshirt-blue-m" },
              { product_retailer_id: "tshirt-white-l" },
            ],
          },
          { title: "Sneakers", product_items: [{ product_retailer_id: "sneaker-run-42" }] },
        ],
      },
    }),
  },
  catalog_message: {
    label: "Interactive: catalog",
    payload: interactive({
      type: "catalog_message",
      body: { text: "Ordering is easy. Just visit our catalog and add items to your cart." },
      footer: { text: "Best grocery deals on WhatsApp!" },
      action: { name: "catalog_message", parameters: { thumbnail_product_retailer_id: "2lc20305pt" } },
    }),
  },
  flow: {
    label: "Interactive: flow",
    payload: interactive({
      type: "flow",
      header: { type: "text", text: "Book a table" },
      body: { text: "Reserve a table in two taps." },
      footer: { text: "You can cancel at any time" },
      action: {
        name: "flow",
        parameters: {
          flow_message_version: "3",
          flow_token: "AQAAAAACS5FpgQ_cAAAAAD0QI3s",
          flow_id: "1234567890123456",
          flow_cta: "Book now",
          flow_action: "navigate",
          flow_action_payload: { screen: "BOOKING_SCREEN", data: { party_size: 2 } },
        },
      },
    }),
  },
  cta_url: {
    label: "Interactive: call-to-action URL",
    payload: interactive({
      type: "cta_url",
      header: { type: "text", text: "Order #4521" },
      body: { text: "Your order is on its way. Follow the courier live." },
      footer: { text: "Updated every minute" },
      action: {
        name: "cta_url",
        parameters: { display_text: "Track order", url: "https://www.example.com/track/4521" },
      },
    }),
  },
  location_request_message: {
    label: "Interactive: location request",
    payload: interactive({
      type: "location_request_message",
      body: { text: "Share your location so we can find the nearest store." },
      action: { name: "send_location" },
    }),
  },
  "carousel-media": {
    label: "Interactive: media carousel",
    payload: interactive({
      type: "carousel",
      body: { text: "Of course! Here are three of our latest arrivals, each under $25:" },
      action: {
        cards: [
          mediaCard(
            0,
            "blue-echeveria",
            "*Blue Echeveria*\n\nA rosette-shaped succulent with powdery blue leaves.",
          ),
          mediaCard(1, "zebra-haworthia", "*Zebra Haworthia*\n\nWhite stripes on deep green leaves."),
          mediaCard(2, "panda-plant", "*Panda Plant*\n\nSoft, fuzzy leaves with chocolate-brown edges."),
        ],
      },
    }),
  },
  "carousel-products": {
    label: "Interactive: product carousel",
    payload: interactive({
      type: "carousel",
      body: { text: "Check out our featured products!" },
      action: {
        cards: ["vrpj01fvwp", "va2l5ioeat", "sqpjv0mgde"].map((id, n) => ({
          card_index: n,
          type: "product",
          action: { product_retailer_id: id, catalog_id: "194836987003835" },
        })),
      },
    }),
  },
  voice_call: {
    label: "Interactive: call button",
    payload: interactive({
      type: "voice_call",
      body: { text: "You can call us on WhatsApp now for faster service!" },
      action: {
        name: "voice_call",
        parameters: { display_text: "Call on WhatsApp", ttl_minutes: 100, payload: "support-order-4521" },
      },
    }),
  },
  call_permission_request: {
    label: "Interactive: call permission",
    payload: interactive({
      type: "call_permission_request",
      body: { text: "We would like to call you to help support your query on Order No: ON-12853." },
      action: { name: "call_permission_request" },
    }),
  },
  address_message: {
    label: "Interactive: address request",
    payload: {
      ...envelope,
      to: "+919876543210",
      type: "interactive",
      interactive: {
        type: "address_message",
        body: { text: "Thanks for your order! Tell us what address you’d like this order delivered to." },
        action: {
          name: "address_message",
          parameters: { country: "IN", values: { name: "Nidhi Sharma", phone_number: "+919876543210" } },
        },
      },
    },
  },
  request_contact_info: {
    label: "Interactive: ask phone number",
    payload: interactive({
      type: "request_contact_info",
      body: { text: "To finish your booking, please share your phone number with us." },
      action: { name: "request_contact_info" },
    }),
  },
  order_details: {
    label: "Interactive: order details",
    payload: {
      ...envelope,
      to: "+5511987654321",
      type: "interactive",
      interactive: {
        type: "order_details",
        body: { text: "Your order is ready. Review it and pay with Pix." },
        footer: { text: "Lucky Shrub" },
        action: {
          name: "review_and_pay",
          parameters: {
            reference_id: "pedido-4521",
            type: "physical-goods",
            payment_type: "br",
            currency: "BRL",
            // 2 × 24.90 + 1 × 35.00 = 84.80; + 4.24 tax + 12.00 shipping − 10.00 discount = 91.04
            total_amount: amount(9104),
            order: {
              status: "pending",
              items: [
                { retailer_id: "blue-echeveria", name: "Blue Echeveria", amount: amount(2490), quantity: 2 },
                {
                  retailer_id: "ceramic-pot-m",
                  name: "Ceramic pot, medium",
                  amount: amount(3500),
                  quantity: 1,
                },
              ],
              subtotal: amount(8480),
              tax: amount(424),
              shipping: amount(1200),
              discount: { ...amount(1000), description: "Welcome discount" },
            },
          },
        },
      },
    },
  },
  order_status: {
    label: "Interactive: order status",
    payload: {
      ...envelope,
      to: "+5511987654321",
      type: "interactive",
      interactive: {
        type: "order_status",
        body: { text: "Your order has shipped! It should arrive in two to three days." },
        action: {
          name: "review_order",
          parameters: {
            reference_id: "pedido-4521",
            order: { status: "shipped", description: "Left our warehouse in São Paulo today" },
          },
        },
      },
    },
  },
  "button-cta": {
    label: "Direct Send: URL buttons",
    payload: {
      ...envelope,
      category: "utility",
      type: "interactive",
      interactive: {
        type: "button",
        body: { text: "Your order ORD-9271 has shipped. Track it or manage your delivery." },
        action: {
          buttons: [
            {
              type: "cta_url",
              cta_url: { display_text: "Track order", url: "https://shop.example.com/track/ORD-9271" },
            },
            {
              type: "cta_url",
              cta_url: { display_text: "Change delivery", url: "https://shop.example.com/delivery/ORD-9271" },
            },
            { type: "reply", reply: { id: "order-9271-thanks", title: "Thanks!" } },
          ],
        },
      },
    },
  },
  pin: {
    label: "Group: pin a message",
    payload: {
      messaging_product: "whatsapp",
      recipient_type: "group",
      to: "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjMzOTQzMjAdOTY0MTUZNDA4NjkZOTg4NDE3",
      type: "pin",
      pin: { type: "pin", message_id: wamid, expiration_days: "7" },
    },
  },
  template: {
    label: "Template",
    payload: {
      ...envelope,
      type: "template",
      template: {
        name: "order_shipped",
        language: { code: "en_US" },
        components: [
          { type: "header", parameters: [{ type: "text", text: "Order #4521" }] },
          {
            type: "body",
            parameters: [
              { type: "text", text: "Maria" },
              { type: "currency", currency: { fallback_value: "$100.99", code: "USD", amount_1000: 100990 } },
              { type: "date_time", date_time: { fallback_value: "February 25, 2025" } },
            ],
          },
          { type: "button", sub_type: "url", index: "0", parameters: [{ type: "text", text: "4521" }] },
          {
            type: "button",
            sub_type: "quick_reply",
            index: "1",
            parameters: [{ type: "payload", payload: "STOP_UPDATES" }],
          },
        ],
      },
    },
  },
  "template-carousel": {
    label: "Template: media card carousel",
    payload: {
      ...envelope,
      type: "template",
      template: {
        name: "carousel_template_media_cards_v1",
        language: { code: "en_US" },
        components: [
          { type: "body", parameters: ["Pablo", "20%", "20OFF"].map((text) => ({ type: "text", text })) },
          {
            type: "carousel",
            cards: [
              ["1558081531584829", "more-aloes", "blue-elf"],
              ["861236878885705", "more-crassulas", "buddhas-temple"],
              ["1587064918516321", "more-echeverias", "black-prince"],
            ].map(([image, payload, path], n) => ({
              card_index: n,
              components: [
                { type: "header", parameters: [{ type: "image", image: { id: image } }] },
                {
                  type: "button",
                  sub_type: "quick_reply",
                  index: "0",
                  parameters: [{ type: "payload", payload }],
                },
                { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: path }] },
              ],
            })),
          },
        ],
      },
    },
  },
  "template-lto": {
    label: "Template: limited-time offer",
    payload: {
      ...envelope,
      type: "template",
      template: {
        name: "limited_time_offer_caribbean_pkg_2023",
        language: { code: "en_US" },
        components: [
          { type: "header", parameters: [{ type: "image", image: { id: "1602186516975000" } }] },
          {
            type: "body",
            parameters: [
              { type: "text", text: "Pablo" },
              { type: "text", text: "CARIBE25" },
            ],
          },
          {
            type: "limited_time_offer",
            parameters: [
              { type: "limited_time_offer", limited_time_offer: { expiration_time_ms: 1798761600000 } },
            ],
          },
          {
            type: "button",
            sub_type: "copy_code",
            index: 0,
            parameters: [{ type: "coupon_code", coupon_code: "CARIBE25" }],
          },
          { type: "button", sub_type: "url", index: 1, parameters: [{ type: "text", text: "n3mtql" }] },
        ],
      },
    },
  },
  reply: {
    label: "Reply with context",
    payload: {
      ...envelope,
      context: { message_id: wamid },
      type: "text",
      text: { body: "Yes, that item is back in stock. Want me to reserve one for you?" },
    },
  },
  "mark-as-read": {
    label: "Mark as read",
    payload: { messaging_product: "whatsapp", status: "read", message_id: wamid },
  },
};

const texts = new Map(
  Object.entries(examples).map(([key, { payload }]) => [key, JSON.stringify(payload, null, 2) + "\n"]),
);

/** The example's payload as the editor shows it. */
export function exampleText(key) {
  return texts.get(key);
}

/** The key of the example whose text `doc` (an editor Text) is, or undefined. Compares lengths first: this runs on every change. */
export function exampleMatching(doc) {
  for (const [key, text] of texts) if (text.length === doc.length && text === doc.toString()) return key;
}
