//! The text-rule pipeline (normalise + greeting filter + link, `@room` and mention checks) on a
//! realistic mix of station-room messages, side by side in one run with the word-list approach
//! other moderation bots use: one case-insensitive regex per lexicon word, all tried on every
//! message, plus a URL regex. Prints messages per second for both and the ratio.
//!
//! Run: `cargo bench --bench rules`.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use regex::Regex;
use saathi::core::moderation::links;
use saathi::core::rules::greeting::{Lexicon, LexiconLists};
use saathi::core::text::normalise;

const LEXICON: &str = include_str!("../assets/greetings.toml");

/// The labelled set's messages: greetings, obfuscated greetings and real reports.
fn messages() -> Vec<String> {
    let set = include_str!("../tests/data/greetings.tsv");
    let mut out: Vec<String> = set
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(_, t)| t.to_string())
        .collect();
    let tricks: Vec<String> = out
        .iter()
        .take(60)
        .map(|t| t.replace('o', "0").replace('e', "\u{200d}e"))
        .collect();
    out.extend(tricks);
    // Links, as a morning's traffic has some.
    out.extend(
        [
            "dekho ye video https://bit.ly/3xYz",
            "official notice: https://uppolice.gov.in/notice/123",
            "www.example.com par free recharge",
            "sab log dhyan dein @room",
        ]
        .map(String::from),
    );
    out
}

/// Every text rule of a station room on one message (what the bot runs before deciding).
fn saathi_rules(lexicon: &Lexicon, allow: &[String], m: &str) -> bool {
    let greeting = lexicon.is_only_greeting(&normalise(m));
    let link = links::first_unallowed(m, allow).is_some();
    greeting || link || m.contains("@room")
}

fn lists() -> LexiconLists {
    toml::from_str(LEXICON).expect("lexicon parses")
}

/// The baseline, as word-list moderation bots do it: one case-insensitive regex per lexicon
/// entry, each searched in the message; the message is "only greeting" when the matches cover
/// every non-space character (no normalisation, so tricks get through).
struct Baseline {
    words: Vec<Regex>,
    url: Regex,
}

impl Baseline {
    fn new(l: &LexiconLists) -> Baseline {
        // Every word and phrase of the same lexicon (its pattern tables too), one regex each.
        let all = l
            .core
            .iter()
            .chain(&l.modifiers)
            .chain(&l.fillers)
            .chain(&l.honorifics)
            .chain(&l.names)
            .chain(&l.invokers)
            .chain(&l.wishes)
            .chain(&l.linkers)
            .chain(&l.blessings)
            .chain(&l.emoji);
        Baseline {
            words: all
                .map(|w| {
                    Regex::new(&format!(r"(?i)(?:^|\b){}(?:\b|$)", regex::escape(w)))
                        .expect("regex")
                })
                .collect(),
            url: Regex::new(r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|in|ly|org|net)\b")
                .expect("regex"),
        }
    }

    fn rules(&self, m: &str) -> bool {
        self.is_only_greeting(m) || self.url.is_match(m) || m.contains("@room")
    }

    fn is_only_greeting(&self, text: &str) -> bool {
        let mut covered = vec![false; text.len()];
        for r in &self.words {
            for m in r.find_iter(text) {
                covered[m.range()].iter_mut().for_each(|c| *c = true);
            }
        }
        text.char_indices()
            .all(|(i, ch)| ch.is_whitespace() || ch.is_ascii_punctuation() || covered[i])
    }
}

/// Messages per second of `f` over the mix: the median of seven runs of about a third of a
/// second each (one stray pause of a shared machine moves no figure).
fn throughput(msgs: &[String], f: &dyn Fn(&str) -> bool) -> f64 {
    let once = |rounds: usize| {
        let start = Instant::now();
        let mut hits = 0usize;
        for _ in 0..rounds {
            for m in msgs {
                hits += usize::from(f(black_box(m)));
            }
        }
        black_box(hits);
        (rounds * msgs.len()) as f64 / start.elapsed().as_secs_f64()
    };
    // Rounds for about 0.3 s at the speed of a first short run.
    let rounds = ((once(5) * 0.3) as usize / msgs.len()).max(1);
    let mut runs: Vec<f64> = (0..7).map(|_| once(rounds)).collect();
    runs.sort_by(f64::total_cmp);
    runs[3]
}

fn bench(c: &mut Criterion) {
    let msgs = messages();
    let lexicon = Lexicon::new(&lists());
    let allow = vec!["gov.in".to_string(), "nic.in".to_string()];
    let baseline = Baseline::new(&lists());
    let mut g = c.benchmark_group("text rules");
    g.bench_function("saathi normalise+all text rules (whole mix)", |b| {
        b.iter(|| {
            msgs.iter()
                .filter(|m| saathi_rules(&lexicon, &allow, m))
                .count()
        })
    });
    g.bench_function("baseline regex per word + url regex (whole mix)", |b| {
        b.iter(|| msgs.iter().filter(|m| baseline.rules(m)).count())
    });
    g.finish();

    let ours = throughput(&msgs, &|m| saathi_rules(&lexicon, &allow, m));
    let theirs = throughput(&msgs, &|m| baseline.rules(m));
    let greeting_only = throughput(&msgs, &|m| lexicon.is_only_greeting(&normalise(m)));
    println!("\n{} messages in the mix, same run, one core:", msgs.len());
    println!("  saathi (normalise + all text rules):     {ours:>12.0} messages/s");
    println!("    of which normalise + greeting filter:  {greeting_only:>12.0} messages/s");
    println!("  baseline (regex per lexicon word + URL): {theirs:>12.0} messages/s");
    println!(
        "  ratio: {:.1}x (goals: ≥ 1,000,000 messages/s and ≥ 20x)",
        ours / theirs
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
