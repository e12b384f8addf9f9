//! Grapheme clusters of the kinds long messages are made of (emoji ZWJ sequences, flags, keycaps,
//! skin tones, tag sequences, combining accents, Hangul, the Indic scripts from Devanagari to
//! Malayalam with their conjuncts) counted by the rules of UAX #29 for just the code points whose
//! cluster-break property is known here, in one pass. Any other code point makes the count give
//! up, and the caller asks the segmenter; the tests check every known code point against it.

use crate::words::{bytes_equal, first_flagged, word_at, HIGH};

mod indic;

/// The cluster-break classes of the known code points, and `Start` before the first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Start,
    /// A character that starts a cluster and is not a pictograph.
    Other,
    /// Extended_Pictographic: it joins a pictograph, extenders and a ZWJ before it (GB11).
    Pictograph,
    /// A consonant of Indic_Conjunct_Break: it joins a consonant and a virama before it (GB9c).
    Consonant,
    Control,
    /// Hangul: leading consonants, vowels, trailing consonants, and syllables LV and LVT.
    L,
    V,
    T,
    Lv,
    Lvt,
    Cr,
    Lf,
    /// Every extender known here is also Indic_Conjunct_Break=Extend (the tests check it).
    Extend,
    /// A virama of Indic_Conjunct_Break=Linker (Devanagari, Bengali, Gujarati, Oriya, Telugu,
    /// Malayalam), and an extender.
    Linker,
    SpacingMark,
    Zwj,
    Regional,
}

const CLASSES: usize = Class::Regional as usize + 1;

/// Whether a class joins the cluster of the class before it: always, never, or as the rules that
/// look further back say.
#[derive(Clone, Copy)]
enum Join {
    Never,
    Always,
    /// GB12–13: when the regional indicators before make a run of odd length.
    OddRegional,
    /// GB11: when a pictograph and extenders come before the ZWJ.
    EmojiSequence,
    /// GB9c: when a consonant and extenders with a virama among them come before.
    Conjunct,
}

/// The rules of UAX #29 for a pair of classes, as a table built at compile time.
const fn join(previous: Class, next: Class) -> Join {
    use Class::*;
    match (previous, next) {
        (Start, _) => Join::Never,
        (Cr, Lf) => Join::Always,
        (Cr | Lf | Control, _) | (_, Cr | Lf | Control) => Join::Never,
        (_, Extend | Linker | SpacingMark | Zwj) => Join::Always,
        (L, L | V | Lv | Lvt) | (Lv | V, V | T) | (Lvt | T, T) => Join::Always,
        (Regional, Regional) => Join::OddRegional,
        (Zwj, Pictograph) => Join::EmojiSequence,
        (_, Consonant) => Join::Conjunct,
        _ => Join::Never,
    }
}

/// What the rules that look back further than one code point remember besides the class before;
/// at most one of these holds at a time.
#[derive(Clone, Copy)]
enum Run {
    None,
    /// GB11's left side so far: a pictograph and extenders; then that followed by a ZWJ.
    PictographExtended,
    PictographZwj,
    /// GB12–13: the run of regional indicators so far has an odd length.
    OddRegional,
    /// GB9c's left side so far: a consonant and extenders; then that with a virama among them.
    Consonant,
    ConsonantLinked,
}

const RUNS: usize = Run::ConsonantLinked as usize + 1;

/// Whether `next` joins the cluster before it, and the run after it.
const fn step(previous: Class, run: Run, next: Class) -> (bool, Run) {
    let joins = match join(previous, next) {
        Join::Never => false,
        Join::Always => true,
        Join::OddRegional => matches!(run, Run::OddRegional),
        Join::EmojiSequence => matches!(run, Run::PictographZwj),
        Join::Conjunct => matches!(run, Run::ConsonantLinked),
    };
    let run = match (next, run) {
        (Class::Pictograph, _) => Run::PictographExtended,
        (Class::Extend | Class::Linker, Run::PictographExtended) if joins => Run::PictographExtended,
        (Class::Zwj, Run::PictographExtended) if joins => Run::PictographZwj,
        (Class::Consonant, _) => Run::Consonant,
        (Class::Linker, Run::Consonant | Run::ConsonantLinked) => Run::ConsonantLinked,
        (Class::Extend | Class::Zwj, Run::Consonant | Run::ConsonantLinked) => run,
        (Class::Regional, _) if !joins => Run::OddRegional,
        _ => Run::None,
    };
    (joins, run)
}

/// The counter's state: the class before in the low five bits, the run above them.
const fn state(previous: Class, run: Run) -> u8 {
    (run as u8) << 5 | previous as u8
}

/// Bit 8 of a step: the next class starts a cluster.
const STARTS: u16 = 1 << 8;

/// Every step, by state and next class, as a table built at compile time: the next state, and
/// [`STARTS`] when the class starts a cluster. A lookup per code point, where the rules
/// evaluated each time measured half the count's instructions.
const STEPS: [[u16; CLASSES]; 32 * RUNS] = {
    use Class::*;
    let classes = [
        Start,
        Other,
        Pictograph,
        Consonant,
        Control,
        L,
        V,
        T,
        Lv,
        Lvt,
        Cr,
        Lf,
        Extend,
        Linker,
        SpacingMark,
        Zwj,
        Regional,
    ];
    let runs = [
        Run::None,
        Run::PictographExtended,
        Run::PictographZwj,
        Run::OddRegional,
        Run::Consonant,
        Run::ConsonantLinked,
    ];
    let mut table = [[0; CLASSES]; 32 * RUNS];
    let mut r = 0;
    while r < RUNS {
        let mut previous = 0;
        while previous < CLASSES {
            let mut next = 0;
            while next < CLASSES {
                let (joins, run) = step(classes[previous], runs[r], classes[next]);
                let starts = if joins { 0 } else { STARTS };
                table[state(classes[previous], runs[r]) as usize][classes[next] as usize] =
                    state(classes[next], run) as u16 | starts;
                next += 1;
            }
            previous += 1;
        }
        r += 1;
    }
    table
};

fn class(code: u32) -> Option<Class> {
    // Three matches, by how far the code point is: one match over all the ranges is compiled
    // into a chain of comparisons that every code point would walk.
    match code {
        code @ 0..=0x2FF => latin(code),
        code @ 0x300..=0xFFFF => basic(code),
        code => astral(code),
    }
}

/// The rest of the Basic Multilingual Plane.
fn basic(code: u32) -> Option<Class> {
    Some(match code {
        0x620..=0x64A | 0x4E00..=0x9FFF => Class::Other,
        0x300..=0x36F | 0x64B..=0x65F | 0x670 | 0x20E3 | 0xFE00..=0xFE0F => Class::Extend,
        0x200D => Class::Zwj,
        0x900..=0xD7F => return indic::class(code),
        0x1100..=0x115F | 0xA960..=0xA97C => Class::L,
        0x1160..=0x11A7 | 0xD7B0..=0xD7C6 => Class::V,
        0x11A8..=0x11FF | 0xD7CB..=0xD7FB => Class::T,
        0xAC00..=0xD7A3 if (code - 0xAC00) % 28 == 0 => Class::Lv,
        0xAC00..=0xD7A3 => Class::Lvt,
        _ => return None,
    })
}

/// Past U+FFFF: regional indicators, skin tones, tags, and the pictographs of U+1F000–U+1FAFF
/// that [`PICTOGRAPHS`] holds; the rest is left to the segmenter.
fn astral(code: u32) -> Option<Class> {
    Some(match code {
        0x1F1E6..=0x1F1FF => Class::Regional,
        0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F => Class::Extend,
        0x1F000..=0x1FAFF => {
            let offset = (code - 0x1F000) as usize;
            let word = PICTOGRAPHS.get(offset / 64).copied().unwrap_or(0);
            if word >> (offset % 64) & 1 == 0 {
                return None;
            }
            Class::Pictograph
        }
        _ => return None,
    })
}

/// The blocks where most emoji are, as far as each is Extended_Pictographic throughout in the
/// segmenter's tables (the test checks each code point).
const PICTOGRAPH_RANGES: [(u32, u32); 12] = [
    (0x1F324, 0x1F393),
    (0x1F39E, 0x1F3F0),
    (0x1F3F3, 0x1F3F5),
    (0x1F3F7, 0x1F3FA),
    (0x1F400, 0x1F4FD),
    (0x1F4FF, 0x1F53D),
    (0x1F5FA, 0x1F64F),
    (0x1F680, 0x1F6C5),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF),
    (0x1FA6E, 0x1FAFF),
];

/// [`PICTOGRAPH_RANGES`] as a bitmap over U+1F000–U+1FAFF, built at compile time: one lookup,
/// where a match over the ranges measured a chain of comparisons for each pictograph.
const PICTOGRAPHS: [u64; 44] = {
    let mut bits = [0u64; 44];
    let mut range = 0;
    while range < PICTOGRAPH_RANGES.len() {
        let (first, last) = PICTOGRAPH_RANGES[range];
        let mut code = first;
        while code <= last {
            let offset = (code - 0x1F000) as usize;
            bits[offset / 64] |= 1 << (offset % 64);
            code += 1;
        }
        range += 1;
    }
    bits
};

/// The code points below U+0300, where the combining marks start.
fn latin(code: u32) -> Option<Class> {
    Some(match code {
        0x20..=0x7E => Class::Other,
        0x0D => Class::Cr,
        0x0A => Class::Lf,
        0x00..=0x1F | 0x7F..=0x9F | 0xAD => Class::Control,
        // © and ® are pictographic; they are rare enough to leave to the segmenter.
        0xA9 | 0xAE => return None,
        _ => Class::Other,
    })
}

/// The class of the last of eight ASCII bytes but CR, each its own cluster.
fn after_ascii(last: u8) -> Class {
    match last {
        b'\n' => Class::Lf,
        0x00..=0x1F | 0x7F => Class::Control,
        _ => Class::Other,
    }
}

/// The code point at `at`, a character boundary of valid UTF-8, and its length.
fn decode(bytes: &[u8], at: usize) -> (u32, usize) {
    let byte = |offset: usize| u32::from(bytes.get(at + offset).copied().unwrap_or(0) & 0x3F);
    let lead = u32::from(bytes[at]);
    match lead {
        0x00..=0x7F => (lead, 1),
        0xC0..=0xDF => ((lead & 0x1F) << 6 | byte(1), 2),
        0xE0..=0xEF => ((lead & 0x0F) << 12 | byte(1) << 6 | byte(2), 3),
        _ => ((lead & 0x07) << 18 | byte(1) << 12 | byte(2) << 6 | byte(3), 4),
    }
}

/// The extended grapheme clusters of `text`, or `None` when it holds a code point not known here.
pub(super) fn count(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut current = state(Class::Start, Run::None);
    let mut count = 0;
    let mut at = 0;
    while at < bytes.len() {
        // The ASCII bytes but CR that lead the next eight, after anything but CR: a cluster each
        // (no rule joins an ASCII character to what precedes it, but GB3's LF after CR and
        // GB9b's prepended marks, which are not known here). Tried only where two ASCII bytes
        // come first: a word read before each accented letter measured a tenth of the count.
        let ascii_pair = (bytes[at] | bytes.get(at + 1).copied().unwrap_or(0x80)) < 0x80;
        if ascii_pair && current & 0x1F != Class::Cr as u8 {
            if let Some(word) = word_at(bytes, at) {
                let stops = word & HIGH | bytes_equal(word, b'\r');
                let ascii = if stops == 0 { 8 } else { first_flagged(stops) };
                if ascii > 0 {
                    count += ascii;
                    current = state(after_ascii(bytes[at + ascii - 1]), Run::None);
                    at += ascii;
                    continue;
                }
            }
        }
        // Letters of U+00C0–U+02FF and ideographs of U+5000–U+9FFF are known from their first
        // byte, without decoding: texts in Latin scripts with accents or in Chinese measured a
        // fifth faster so.
        let (class, length) = match bytes[at] {
            0xC3..=0xCB => (Class::Other, 2),
            0xE5..=0xE9 => (Class::Other, 3),
            _ => {
                let (code, length) = decode(bytes, at);
                (class(code)?, length)
            }
        };
        let step = STEPS[usize::from(current)][class as usize];
        count += usize::from(step >> 8);
        current = step as u8;
        at += length;
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
        "\u{915}",
        "\u{915}\u{94D}",
        "\u{915}\u{93C}\u{94D}",
        "\u{94D}",
        "\u{93E}",
        "\u{941}",
        "\u{905}",
        "\u{995}\u{9CD}",
        "\u{C15}\u{C4D}",
        "\u{B95}\u{BCD}",
        "abcdefgh",
    ];

    #[test]
    fn every_known_code_point_counts_as_the_segmenter_counts_it_beside_each_class() {
        let mut checked = 0;
        for code in (0..=0x10FFFF_u32).filter(|&code| char::from_u32(code).is_some() && class(code).is_some()) {
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
        for text in ["\u{0D9A}\u{0DCA}\u{0DC2}", "©", "❤\u{FE0F}", "\u{600}", "\u{E33}"] {
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
