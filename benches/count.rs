//! A fixed amount of work for `benches/instructions.py` to run under callgrind, whose instruction
//! counts are repeatable where wall-clock times on a shared machine are not:
//! `cargo bench --bench count -- parse|lint FILE|CLASS ITERATIONS`, where CLASS is one of the
//! acceptance set's classes (`benches/sets.rs`), linted or parsed payload after payload.

use std::hint::black_box;
use wa_lint::{lint, Options};

#[path = "sets.rs"]
mod sets;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, what, input, iterations] = &args[..] else {
        eprintln!("usage: count parse|lint FILE|CLASS ITERATIONS");
        std::process::exit(2);
    };
    let texts = match sets::classes().into_iter().find(|(name, _)| name == input) {
        Some((_, texts)) => texts,
        None => vec![std::fs::read_to_string(input).expect("readable input")],
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
