//! Reads one XDatenfelder file N times and prints the time per read (for profiling).
//!
//! `cargo run --release -p fim-xml --example read_file -- FILE [N]`
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: read_file FILE [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let src = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let mut best = f64::MAX;
    for _ in 0..n {
        let t = Instant::now();
        let doc = fim_xml::read(&src).expect("reads");
        let dt = t.elapsed().as_secs_f64();
        std::hint::black_box(&doc);
        drop(doc);
        best = best.min(dt);
    }
    let mut bare = f64::MAX;
    for _ in 0..n {
        let t = Instant::now();
        let mut r = quick_xml::Reader::from_str(&src);
        let mut count = 0usize;
        while !matches!(r.read_event(), Ok(quick_xml::events::Event::Eof) | Err(_)) {
            count += 1;
        }
        std::hint::black_box(count);
        bare = bare.min(t.elapsed().as_secs_f64());
    }
    let mb = src.len() as f64 / (1024.0 * 1024.0);
    println!(
        "{path}: best of {n}: read {:.1} ms ({:.0} MiB/s), bare quick-xml {:.1} ms ({:.0} MiB/s), ratio {:.2}",
        best * 1e3,
        mb / best,
        bare * 1e3,
        mb / bare,
        bare / best
    );
}
