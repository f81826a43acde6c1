//! Criterion benchmark: screening a case with 1, 20 and 100 convictions (target: a
//! 20-conviction case in under 20 µs natively). Run with `cargo bench --bench screening`.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use record_relief::engine::case_json::parse_case;
use record_relief::engine::screen;

include!("../tests/support/sample_case.rs");

fn bench_screening(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut group = c.benchmark_group("screen");
    for n in [1usize, 20, 100] {
        let (case, as_of) = parse_case(&case_json(n), None, today).expect("valid case");
        group.bench_with_input(BenchmarkId::new("convictions", n), &case, |b, case| {
            b.iter(|| screen(black_box(case), as_of))
        });
    }
    group.finish();
    c.bench_function("parse_and_screen/20", |b| {
        let text = case_json(20);
        b.iter(|| parse_case(black_box(&text), None, today).map(|(case, d)| screen(&case, d)))
    });
}

criterion_group!(benches, bench_screening);
criterion_main!(benches);
