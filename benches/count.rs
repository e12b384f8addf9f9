//! A fixed amount of work for `benches/instructions.py` to run under callgrind, whose instruction
//! counts are repeatable where wall-clock times on a shared machine are not:
//! `cargo bench --bench count -- parse|lint FILE|CLASS ITERATIONS`, where CLASS is one of the
//! acceptance set's classes (`benches/support/sets.rs`), linted or parsed payload after payload.

use std::hint::black_box;
use wa_lint::{lint, Options};

#[path = "support/sets.rs"]
mod sets;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, what, input, iterations] = &args[..] else {
        eprintln!("usage: count parse|lint FILE|CLASS ITERATIONS");
        std::process::exit(2);
    };
    let texts = if std::path::Path::new(input).is_file() {
        vec![std::fs::read_to_string(input).expect("readable input")]
    } else {
        let class = sets::classes().into_iter().find(|(name, _)| name == input);
        class.unwrap_or_else(|| panic!("{input} is neither a file nor a class")).1
    };
    let iterations: usize = iterations.parse().expect("a number of iterations");
    let options = Options::default();
    for _ in 0..iterations {
        for text in &texts {
            match what.as_str() {
                "parse" => drop(black_box(serde_json::from_str::<serde_json::Value>(black_box(text)))),
                _ => drop(black_box(lint(black_box(text), &options))),
            }
        }
    }
}
