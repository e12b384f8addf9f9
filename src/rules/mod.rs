//! The rules, one module per message family, and the registry that lists them all.
//!
//! Codes are grouped by family: WA00xx document and envelope, WA01xx text, WA02xx media,
//! WA03xx location, WA04xx contacts, WA05xx reaction, WA06xx interactive (common), WA07xx reply
//! buttons, WA08xx lists, WA09xx products, WA11xx flows, WA12xx CTA URL, WA14xx templates,
//! WA15xx the customer service window.

pub(crate) mod contacts;
pub(crate) mod envelope;
pub(crate) mod interactive;
pub(crate) mod location;
pub(crate) mod media;
pub(crate) mod reaction;
pub(crate) mod structure;
pub(crate) mod template;
pub(crate) mod text;
pub(crate) mod window;

use crate::rule::Rule;

/// Every rule, ordered by code.
pub static ALL: &[&Rule] = &[
    &structure::INVALID_JSON,
    &structure::ROOT_NOT_OBJECT,
    &structure::DUPLICATE_KEY,
    &structure::WRONG_TYPE,
    &structure::MISSING_MEMBER,
    &structure::UNKNOWN_MEMBER,
    &structure::INVALID_VALUE,
    &structure::EMPTY_STRING,
    &structure::UTF16_LENGTH,
    &envelope::INVALID_PHONE_NUMBER,
    &envelope::MISSING_MESSAGE_OBJECT,
    &envelope::UNUSED_MESSAGE_OBJECT,
    &envelope::WAMID_LENGTH,
    &envelope::CALLBACK_DATA_LENGTH,
    &envelope::TOP_LEVEL_PREVIEW_URL,
    &envelope::DEPRECATED_HSM,
    &envelope::RECIPIENT_AND_TO,
    &envelope::RECIPIENT_ID_FORMAT,
    &envelope::TYPING_INDICATOR_WITHOUT_READ,
    &text::TEXT_BODY_LENGTH,
    &text::PREVIEW_WITHOUT_URL,
    &text::PREVIEW_IP_HOST,
    &text::PREVIEW_FIRST_URL_ONLY,
    &media::MEDIA_SOURCE_MISSING,
    &media::MEDIA_SOURCE_AMBIGUOUS,
    &media::MEDIA_LINK_NOT_HTTP,
    &media::MEDIA_CAPTION_LENGTH,
    &media::CAPTION_NOT_ALLOWED,
    &media::FILENAME_NOT_ALLOWED,
    &media::MEDIA_PROVIDER,
    &media::MEDIA_LINK_EXTENSION,
    &location::COORDINATE_RANGE,
    &contacts::CONTACTS_COUNT,
    &contacts::CONTACT_NAME_PARTS,
    &contacts::CONTACT_BIRTHDAY,
    &contacts::CONTACT_COUNTRY_CODE,
    &contacts::CONTACT_TYPE_NONSTANDARD,
    &reaction::REACTION_EMOJI,
    &interactive::BODY_MISSING,
    &interactive::BODY_LENGTH,
    &interactive::FOOTER_LENGTH,
    &interactive::HEADER_MISSING,
    &interactive::HEADER_NOT_ALLOWED,
    &interactive::HEADER_TYPE_NOT_ALLOWED,
    &interactive::HEADER_TEXT_LENGTH,
    &interactive::CATALOG_HEADER_IGNORED,
    &interactive::MARKDOWN_NOT_RENDERED,
    &interactive::BUTTONS_COUNT,
    &interactive::BUTTON_TITLE_LENGTH,
    &interactive::BUTTON_TITLE_DUPLICATE,
    &interactive::BUTTON_ID_LENGTH,
    &interactive::BUTTON_ID_DUPLICATE,
    &interactive::BUTTON_ID_WHITESPACE,
    &interactive::LIST_BUTTON_LENGTH,
    &interactive::SECTIONS_COUNT,
    &interactive::SECTION_TITLE_MISSING,
    &interactive::SECTION_TITLE_LENGTH,
    &interactive::LIST_ROWS_TOTAL,
    &interactive::SECTION_EMPTY,
    &interactive::ROW_ID_LENGTH,
    &interactive::ROW_ID_DUPLICATE,
    &interactive::ROW_TITLE_LENGTH,
    &interactive::ROW_DESCRIPTION_LENGTH,
    &interactive::PRODUCT_ITEMS_TOTAL,
    &interactive::FLOW_FLAT_LAYOUT,
    &interactive::FLOW_CTA_LENGTH,
    &interactive::FLOW_CTA_EMOJI,
    &interactive::FLOW_PAYLOAD_MISSING,
    &interactive::FLOW_DATA_EMPTY,
    &interactive::FLOW_ID_OR_NAME,
    &interactive::CTA_DISPLAY_TEXT_LENGTH,
    &interactive::CTA_URL_NOT_HTTP,
    &template::TEMPLATE_NAMESPACE,
    &template::TEMPLATE_BUTTON_INDEX,
    &template::TEMPLATE_BUTTON_PARAMETER,
    &template::TEMPLATE_HEADER_TEXT_LENGTH,
    &template::TEMPLATE_BODY_TEXT_LENGTH,
    &template::TEMPLATE_CURRENCY_CODE,
    &template::TEMPLATE_MEDIA_CAPTION,
    &template::TEMPLATE_DOCUMENT_NOT_PDF,
    &template::TEMPLATE_TEXT_WHITESPACE,
    &window::WINDOW_CLOSED,
    &window::PRODUCT_CANNOT_OPEN_CONVERSATION,
];
