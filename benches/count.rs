//! A fixed amount of work for `benches/instructions.py` to run under callgrind, whose instruction
//! counts are repeatable where wall-clock times on a shared machine are not:
//! `cargo bench --bench count -- parse|lint FILE ITERATIONS`.

use std::hint::black_box;
use wa_lint::{lint, Options};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, what, file, iterations] = &args[..] else {
        eprintln!("usage: count parse|lint FILE ITERATIONS");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(file).expect("readable input");
    let iterations: usize = iterations.parse().expect("a number of iterations");
    let options = Options::default();
    for _ in 0..iterations {
        match what.as_str() {
            "parse" => drop(black_box(serde_json::from_str::<serde_json::Value>(black_box(&text)))),
            _ => drop(black_box(lint(black_box(&text), &options))),
        }
    }
}
