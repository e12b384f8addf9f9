//! Every rule cites a public source a user can open: the Meta page (and section) it comes from,
//! or a wa-lint decision explained in the README. None cites a file outside the repository (the
//! project's internal specification is not published).

use wa_lint::rules;

const META_PAGES: &str = "https://developers.facebook.com/documentation/business-messaging/whatsapp/";

#[test]
fn every_rule_cites_a_meta_page_or_a_documented_decision() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(readme.contains("\n## Decisions\n"), "README.md needs the Decisions section rules link to");
    for rule in rules() {
        let source = rule.source;
        let meta = source.starts_with("Meta, \"") && source.contains(META_PAGES);
        let decision = source.starts_with("wa-lint decision: ") && source.ends_with("(README.md#decisions)");
        assert!(meta || decision, "{} ({}) cites {source:?}", rule.code, rule.name);
        for private in ["CONSTRAINTS", "spec/", "§"] {
            assert!(!source.contains(private), "{} cites {private:?}, which users cannot open: {source}", rule.code);
        }
        if let Some(error) = source.split("prevents API error ").nth(1) {
            assert!(error.starts_with(|c: char| c.is_ascii_digit()), "{}: {source}", rule.code);
        }
    }
}
