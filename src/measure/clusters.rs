//! Grapheme clusters of the kinds long messages are made of (emoji ZWJ sequences, flags, keycaps,
//! skin tones, tag sequences, combining accents) counted by the rules of UAX #29 for just the
//! code points whose cluster-break property is known here. Any other code point makes the count
//! give up, and the caller asks the segmenter; the tests check every known code point against it.

/// The cluster-break classes of the known code points.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// A character that starts a cluster: Extended_Pictographic or not.
    Base {
        pictographic: bool,
    },
    Control,
    /// Hangul: leading consonants, vowels, trailing consonants, and syllables LV and LVT.
    L,
    V,
    T,
    Lv,
    Lvt,
    Cr,
    Lf,
    Extend,
    Zwj,
    Regional,
}

fn class(c: char) -> Option<Class> {
    Some(match c as u32 {
        0x0D => Class::Cr,
        0x0A => Class::Lf,
        0x00..=0x1F | 0x7F..=0x9F | 0xAD => Class::Control,
        // © and ® are pictographic; they are rare enough to leave to the segmenter.
        0xA9 | 0xAE => return None,
        0x20..=0x2FF | 0x620..=0x64A | 0x4E00..=0x9FFF => Class::Base { pictographic: false },
        0x1100..=0x115F | 0xA960..=0xA97C => Class::L,
        0x1160..=0x11A7 | 0xD7B0..=0xD7C6 => Class::V,
        0x11A8..=0x11FF | 0xD7CB..=0xD7FB => Class::T,
        code @ 0xAC00..=0xD7A3 if (code - 0xAC00) % 28 == 0 => Class::Lv,
        0xAC00..=0xD7A3 => Class::Lvt,
        0x300..=0x36F | 0x64B..=0x65F | 0x670 | 0x20E3 | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F => {
            Class::Extend
        }
        0x200D => Class::Zwj,
        0x1F1E6..=0x1F1FF => Class::Regional,
        // The blocks where most emoji are, as far as each is Extended_Pictographic throughout in
        // the segmenter's tables (the test checks each code point); the rest is left to it.
        0x1F324..=0x1F393
        | 0x1F39E..=0x1F3F0
        | 0x1F3F3..=0x1F3F5
        | 0x1F3F7..=0x1F3FA
        | 0x1F400..=0x1F4FD
        | 0x1F4FF..=0x1F53D
        | 0x1F5FA..=0x1F64F
        | 0x1F680..=0x1F6C5
        | 0x1F90C..=0x1F93A
        | 0x1F93C..=0x1F945
        | 0x1F947..=0x1F9FF
        | 0x1FA6E..=0x1FAFF => Class::Base { pictographic: true },
        _ => return None,
    })
}

/// The extended grapheme clusters of `text`, or `None` when it holds a code point not known here.
pub(super) fn count(text: &str) -> Option<usize> {
    let mut count = 0;
    let mut previous = None;
    // GB11's left side so far: a pictograph and extenders; then that followed by a ZWJ.
    let (mut pictograph_extended, mut pictograph_zwj) = (false, false);
    // GB12–13: the run of regional indicators so far has an odd length.
    let mut odd_regional = false;
    for c in text.chars() {
        let class = class(c)?;
        let joins = match (previous, class) {
            (None, _) => false,
            (Some(Class::Cr), Class::Lf) => true,
            (Some(Class::Cr | Class::Lf | Class::Control), _) | (_, Class::Cr | Class::Lf | Class::Control) => false,
            (_, Class::Extend | Class::Zwj) => true,
            (Some(Class::L), Class::L | Class::V | Class::Lv | Class::Lvt) => true,
            (Some(Class::Lv | Class::V), Class::V | Class::T) => true,
            (Some(Class::Lvt | Class::T), Class::T) => true,
            (Some(Class::Regional), Class::Regional) => odd_regional,
            (Some(Class::Zwj), Class::Base { pictographic: true }) => pictograph_zwj,
            _ => false,
        };
        count += usize::from(!joins);
        (pictograph_extended, pictograph_zwj) = match class {
            Class::Base { pictographic } => (pictographic, false),
            Class::Extend => (joins && pictograph_extended, false),
            Class::Zwj => (false, joins && pictograph_extended),
            _ => (false, false),
        };
        odd_regional = class == Class::Regional && !joins;
        previous = Some(class);
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// One character of each class, and the sequences whose rules involve a ZWJ.
    const NEIGHBOURS: &[&str] = &[
        "a",
        "é",
        "字",
        "ب",
        "\u{64E}",
        "\u{1100}",
        "\u{1161}",
        "\u{11A8}",
        "가",
        "각",
        "\r",
        "\n",
        "\u{1}",
        "\u{85}",
        "\u{301}",
        "\u{FE0F}",
        "\u{200D}",
        "🇧",
        "🇧🇷",
        "👩",
        "👍\u{1F3FD}",
        "👩\u{200D}",
        "👩\u{1F3FD}\u{200D}",
        "a\u{200D}",
        "\u{1F3F4}\u{E0067}",
    ];

    #[test]
    fn every_known_code_point_counts_as_the_segmenter_counts_it_beside_each_class() {
        let mut checked = 0;
        for code in (0..=0x10FFFF_u32).filter(|&code| char::from_u32(code).and_then(class).is_some()) {
            let c = char::from_u32(code).unwrap();
            for neighbour in NEIGHBOURS {
                for text in [format!("{neighbour}{c}"), format!("{c}{neighbour}"), format!("{neighbour}{c}{neighbour}")]
                {
                    assert_eq!(count(&text), Some(text.graphemes(true).count()), "U+{code:04X} in {text:?}");
                }
            }
            checked += 1;
        }
        assert!(checked > 23_000, "{checked} code points");
    }

    #[test]
    fn gives_up_on_unknown_code_points() {
        for text in ["\u{0915}\u{094D}\u{0937}", "©", "❤\u{FE0F}", "\u{600}", "\u{E33}"] {
            assert_eq!(count(text), None, "{text:?}");
        }
        assert_eq!(count("👨\u{200D}👩\u{200D}👧\u{200D}👦🇧🇷🇧1\u{FE0F}\u{20E3}e\u{301}\r\n"), Some(6));
    }

    proptest::proptest! {
        #[test]
        fn sequences_of_known_pieces_count_as_the_segmenter_counts(pieces in proptest::collection::vec(
            proptest::sample::select(NEIGHBOURS.to_vec()), 0..40)) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(count(&text), Some(text.graphemes(true).count()));
        }
    }
}
