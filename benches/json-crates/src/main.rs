//! `json-crates PARSER ITERATIONS FILE...`: parses each file ITERATIONS times with one parser, so
//! that callgrind counts its instructions (start-up cancels out against 0 iterations).

use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (parser, iterations) = (args[1].as_str(), args[2].parse::<usize>().expect("iterations"));
    let texts: Vec<String> = args[3..].iter().map(|path| std::fs::read_to_string(path).expect("readable")).collect();
    for _ in 0..iterations {
        for text in &texts {
            match parser {
                "serde_json-value" => drop(black_box(serde_json::from_str::<serde_json::Value>(black_box(text)))),
                "serde_json-ignored" => {
                    drop(black_box(serde_json::from_str::<serde::de::IgnoredAny>(black_box(text))))
                }
                // simd-json parses in place: the copy it needs is part of its cost.
                "simd_json-borrowed" => {
                    let mut bytes = text.as_bytes().to_vec();
                    drop(black_box(simd_json::to_borrowed_value(black_box(&mut bytes))));
                }
                "simd_json-tape" => {
                    let mut bytes = text.as_bytes().to_vec();
                    drop(black_box(simd_json::to_tape(black_box(&mut bytes))));
                }
                #[cfg(not(target_arch = "wasm32"))]
                "sonic_rs-value" => drop(black_box(sonic_rs::from_str::<sonic_rs::Value>(black_box(text)))),
                other => panic!("unknown parser {other}"),
            }
        }
    }
}
