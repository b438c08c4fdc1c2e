//! The house rules of ARCHITECTURE.md, checked on the source: no import circles, `core`
//! imports no adapter, features meet only through each other's `model.rs`, files stay small.

#[path = "arch/graph.rs"]
mod graph;

use graph::Graph;
use std::path::Path;

fn src() -> Graph {
    Graph::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

#[test]
fn no_import_circles() {
    let g = src();
    let circles = g.circles();
    let mut report = String::new();
    for c in &circles {
        report.push_str(&format!(
            "{} files: {}\n  e.g. {}\n",
            c.len(),
            c.join(", "),
            g.cycle_through(&c[0]).join(" → ")
        ));
    }
    assert!(circles.is_empty(), "import circles:\n{report}");
}

#[test]
fn zz_dump() {
    if std::env::var("ARCH_DUMP").is_err() {
        return;
    }
    let g = src();
    for c in g.circles() {
        println!("== SCC {}", c.len());
        for f in &c {
            let inside: Vec<_> = g.edges[f]
                .iter()
                .filter(|t| c.contains(t))
                .cloned()
                .collect();
            println!("{f} -> {}", inside.join(", "));
        }
    }
}
