//! `lint` beside `serde_json::from_str::<Value>` (the parse alone) on every input of
//! `benches/inputs/` (made by `benches/make_inputs.py`). `benches/report.py` turns the results
//! into the ratio table of BENCHMARKS.md.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use std::time::Duration;
use wa_lint::{lint, Options};

fn inputs() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/inputs");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("run `python3 benches/make_inputs.py` first ({} is missing)", dir.display()));
    let mut inputs: Vec<_> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| (path.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&path).unwrap()))
        .collect();
    inputs.sort();
    inputs
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    for (name, text) in inputs() {
        let mut group = c.benchmark_group(name);
        group.bench_function("parse", |b| b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&text))));
        group.bench_function("lint", |b| b.iter(|| lint(black_box(&text), &options)));
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1)).sample_size(20);
    targets = bench
}
criterion_main!(benches);
