use super::*;

#[derive(serde::Deserialize)]
struct Corpus {
    item: Vec<Item>,
}

#[derive(serde::Deserialize)]
struct Item {
    topic: String,
    text: String,
    copies: Vec<String>,
}

fn corpus() -> Corpus {
    toml::from_str(include_str!("../../assets/rumour-corpus.toml")).unwrap()
}

/// What the index does: an exact key, or a shared band and enough similarity.
fn matched(a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (of_text(a), of_text(b)) else {
        return false;
    };
    if x.exact == y.exact {
        return true;
    }
    let (sx, sy) = (x.sig.unwrap(), y.sig.unwrap());
    let shared = bands(&sx).iter().zip(bands(&sy)).any(|(p, q)| *p == q);
    shared && same(&x, &y)
}

/// Copies made the way people make them, from `text`.
fn derived(text: &str, n: usize) -> Vec<String> {
    let words: Vec<&str> = text.split(' ').collect();
    // A typo in two words: two neighbouring letters swapped.
    let typo = |w: &str| {
        let mut c: Vec<char> = w.chars().collect();
        if c.len() > 3 {
            c.swap(1, 2);
        }
        c.into_iter().collect::<String>()
    };
    let mut typos = words
        .clone()
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    for i in [words.len() / 3, 2 * words.len() / 3] {
        typos[i] = typo(words[i]);
    }
    // One word dropped, one added.
    let mut dropped: Vec<&str> = words.clone();
    dropped.remove(words.len() / 2);
    let prefixes = [
        "Forwarded\n",
        "फॉरवर्ड किया गया: ",
        "*Fwd* ",
        "Forwarded many times\n",
    ];
    vec![
        typos.join(" "),
        format!("🙏🙏 {text} 🔥🔥 ✅"),
        format!("{}{text}", prefixes[n % prefixes.len()]),
        format!("{} please share", dropped.join(" ")),
        text.to_uppercase(),
    ]
}

#[test]
fn forwarding_prefixes_and_link_tracking_do_not_change_the_key() {
    let base = "kal se bazaar band rahega sab log dhyan dein https://example.in/news/123";
    let k = of_text(base).unwrap().exact;
    for copy in [
        "Forwarded as received kal se bazaar band rahega sab log dhyan dein https://example.in/news/123",
        "फॉरवर्ड kal se bazaar band rahega sab log dhyan dein https://www.example.in/news/123/?utm_source=wa&fbclid=x",
        "KAL SE BAZAAR BAND RAHEGA 🙏 sab log dhyan dein!!! https://example.in/news/123?igshid=abc",
        "kal se bazaar band rahega sab log dhyan dein example.in/news/123",
    ] {
        assert_eq!(of_text(copy).map(|f| f.exact), Some(k), "{copy}");
    }
    // A different page is a different message.
    assert_ne!(
        of_text("kal se bazaar band rahega sab log dhyan dein https://example.in/news/124")
            .unwrap()
            .exact,
        k
    );
    // Too short to track.
    for short in ["ok sir", "jai hind sir", "Forwarded: thank you sir ji"] {
        assert!(of_text(short).is_none(), "{short}");
    }
}

#[test]
fn near_duplicates_match_and_different_messages_do_not() {
    let c = corpus();
    assert!(c.item.len() >= 40);
    let mut near: Vec<(String, String)> = Vec::new();
    for (n, it) in c.item.iter().enumerate() {
        for copy in &it.copies {
            near.push((it.text.clone(), copy.clone()));
        }
        for pair in it.copies.windows(2) {
            near.push((pair[0].clone(), pair[1].clone()));
        }
        for d in derived(&it.text, n) {
            near.push((it.text.clone(), d));
        }
    }
    // Different messages on the same topic, in every version of each.
    let mut distinct: Vec<(String, String)> = Vec::new();
    for (i, a) in c.item.iter().enumerate() {
        for b in c.item.iter().skip(i + 1).filter(|b| b.topic == a.topic) {
            for x in std::iter::once(&a.text).chain(&a.copies) {
                for y in std::iter::once(&b.text).chain(&b.copies) {
                    distinct.push((x.clone(), y.clone()));
                }
            }
        }
    }
    assert!(
        near.len() >= 200 && distinct.len() >= 200,
        "{} {}",
        near.len(),
        distinct.len()
    );
    let missed: Vec<_> = near.iter().filter(|(a, b)| !matched(a, b)).collect();
    let confused: Vec<_> = distinct.iter().filter(|(a, b)| matched(a, b)).collect();
    let fnr = missed.len() as f64 / near.len() as f64;
    let fpr = confused.len() as f64 / distinct.len() as f64;
    let sim = |a: &str, b: &str| match (of_text(a), of_text(b)) {
        (Some(x), Some(y)) => similarity(&x.sig.unwrap(), &y.sig.unwrap()),
        _ => 0.0,
    };
    let lowest_near = near.iter().map(|(a, b)| sim(a, b)).fold(1.0, f64::min);
    let highest_distinct = distinct.iter().map(|(a, b)| sim(a, b)).fold(0.0, f64::max);
    println!(
        "similarity: lowest near-duplicate {lowest_near:.2}, highest distinct {highest_distinct:.2}, threshold {SIMILAR}"
    );
    println!(
        "near-duplicate pairs: {} (missed {}, false-negative rate {:.3}); distinct pairs: {} (matched {}, false-positive rate {:.3})",
        near.len(),
        missed.len(),
        fnr,
        distinct.len(),
        confused.len(),
        fpr
    );
    for (a, b) in missed.iter().take(10) {
        let (x, y) = (of_text(a).unwrap(), of_text(b).unwrap());
        println!(
            "  missed ({:.2}): {a:?} ~ {b:?}",
            similarity(&x.sig.unwrap(), &y.sig.unwrap())
        );
    }
    for (a, b) in confused.iter().take(10) {
        println!("  confused: {a:?} ~ {b:?}");
    }
    assert!(fnr <= 0.05, "false-negative rate {fnr:.3}");
    assert!(fpr <= 0.01, "false-positive rate {fpr:.3}");
}

#[test]
fn media_match_only_their_exact_bytes() {
    let a = of_media("ab12");
    assert!(same(&a, &of_media("ab12")));
    assert!(!same(&a, &of_media("ab13")));
    assert!(a.sig.is_none());
}
