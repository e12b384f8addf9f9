/*
 * The Templates tab's definitions: what `GET /<WABA_ID>/message_templates` returns
 * (`{"data": […]}`), an array of definitions or one definition. The linter reads the text itself
 * (option `templates`); this module finds the definition a send names, for the preview.
 */

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/** The definitions in `text`, or [] when it is not JSON of one of the three shapes. */
export function parseDefinitions(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (Array.isArray(value)) return value.filter(isObject);
  if (isObject(value) && Array.isArray(value.data)) return value.data.filter(isObject);
  return isObject(value) ? [value] : [];
}

const languageOf = (definition) =>
  isObject(definition.language) ? definition.language.code : definition.language;

/** A `findDefinition(name, language)` over `text`: the definition with that exact name and language code, or null. */
export function definitionFinder(text) {
  let definitions = null; // parsed when a template send first asks
  return (name, language) => {
    definitions ??= parseDefinitions(text);
    return definitions.find((d) => d.name === name && languageOf(d) === language) ?? null;
  };
}

/** Definitions for the template examples of the examples menu, as `GET …/message_templates` returns them. */
export const exampleDefinitions = {
  data: [
    {
      name: "order_shipped",
      language: "en_US",
      status: "APPROVED",
      category: "UTILITY",
      id: "594425479261596",
      components: [
        {
          type: "HEADER",
          format: "TEXT",
          text: "Your {{1}} is on its way",
          example: { header_text: ["Order #4521"] },
        },
        {
          type: "BODY",
          text: "Hi {{1}}, your order of {{2}} is on its way and should arrive on {{3}}.",
          example: { body_text: [["Maria", "$100.99", "February 25, 2025"]] },
        },
        { type: "FOOTER", text: "Lucky Shrub" },
        {
          type: "BUTTONS",
          buttons: [
            {
              type: "URL",
              text: "Track order",
              url: "https://www.example.com/track/{{1}}",
              example: ["https://www.example.com/track/4521"],
            },
            { type: "QUICK_REPLY", text: "Stop updates" },
          ],
        },
      ],
    },
    {
      name: "carousel_template_media_cards_v1",
      language: "en_US",
      status: "APPROVED",
      category: "MARKETING",
      id: "1473688840035974",
      components: [
        {
          type: "BODY",
          text: "Thanks for shopping with us, {{1}}! Take {{2}} off these succulents with code {{3}}.",
          example: { body_text: [["Pablo", "20%", "20OFF"]] },
        },
        {
          type: "CAROUSEL",
          cards: ["Aloe 'Blue Elf'", "Crassula 'Buddha's Temple'", "Echeveria 'Black Prince'"].map(
            (plant) => ({
              components: [
                {
                  type: "HEADER",
                  format: "IMAGE",
                  example: { header_handle: ["https://scontent.whatsapp.net/v/t61/plant.jpg"] },
                },
                { type: "BODY", text: `${plant}: rare, easy to care for.` },
                {
                  type: "BUTTONS",
                  buttons: [
                    { type: "QUICK_REPLY", text: "Send me more like this" },
                    {
                      type: "URL",
                      text: "Shop",
                      url: "https://www.luckyshrub.com/shop/{{1}}",
                      example: ["https://www.luckyshrub.com/shop/blue-elf"],
                    },
                  ],
                },
              ],
            }),
          ),
        },
      ],
    },
    {
      name: "limited_time_offer_caribbean_pkg_2023",
      language: "en_US",
      status: "APPROVED",
      category: "MARKETING",
      id: "1146250586576289",
      components: [
        {
          type: "HEADER",
          format: "IMAGE",
          example: { header_handle: ["https://scontent.whatsapp.net/v/t61/beach.jpg"] },
        },
        { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Expiring offer!", has_expiration: true } },
        {
          type: "BODY",
          text: "Good news, {{1}}! Use code {{2}} to get 25% off all Caribbean Destination packages!",
          example: { body_text: [["Pablo", "CARIBE25"]] },
        },
        {
          type: "BUTTONS",
          buttons: [
            { type: "COPY_CODE", example: "CARIBE25" },
            {
              type: "URL",
              text: "Book now!",
              url: "https://www.luckytravel.com/book?code={{1}}",
              example: ["https://www.luckytravel.com/book?code=n3mtql"],
            },
          ],
        },
      ],
    },
  ],
};
