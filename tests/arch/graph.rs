//! The crate's module graph, read from `src/` as text: which file imports which.
//!
//! Small on purpose (no parser crate): comments, string literals and `#[cfg(test)]` modules are
//! removed, `mod` declarations are followed from `lib.rs` (honouring `#[path]`), and every
//! `use` tree and every `crate::`/`super::`/`self::` path is resolved to the file of the
//! longest module it names, through `pub use` re-exports. An edge is "this file needs that
//! file"; a parent declaring `mod child;` is not an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One module: its path (`core::tickets::commands`), its file, and what it imports.
#[derive(Debug, Clone)]
pub struct Module {
    pub path: Vec<String>,
    pub file: PathBuf,
    /// The file's text without comments, strings and test modules.
    pub code: String,
    /// Public re-exports: name → absolute path it stands for.
    pub reexports: BTreeMap<String, Vec<String>>,
    /// Every path the file names, made absolute (unresolved).
    pub paths: Vec<Vec<String>>,
}

/// The whole crate.
pub struct Graph {
    pub modules: BTreeMap<Vec<String>, Module>,
    /// file → files it imports (both relative to `src/`).
    pub edges: BTreeMap<String, BTreeSet<String>>,
}

impl Graph {
    pub fn read(src: &Path) -> Graph {
        let mut modules = BTreeMap::new();
        load(&src.join("lib.rs"), Vec::new(), true, &mut modules);
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for m in modules.values() {
            let from = rel(src, &m.file);
            let set = edges.entry(from.clone()).or_default();
            for p in &m.paths {
                if let Some(target) = resolve(&modules, p, 0) {
                    let to = rel(src, &modules[&target].file);
                    if to != from {
                        set.insert(to);
                    }
                }
            }
        }
        Graph { modules, edges }
    }

    /// Strongly connected components of more than one file: the import circles.
    pub fn circles(&self) -> Vec<Vec<String>> {
        let nodes: Vec<&String> = self.edges.keys().collect();
        let index: BTreeMap<&String, usize> =
            nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let adj: Vec<Vec<usize>> = nodes
            .iter()
            .map(|n| {
                self.edges[*n]
                    .iter()
                    .filter_map(|t| index.get(t).copied())
                    .collect()
            })
            .collect();
        tarjan(&adj)
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| {
                let mut v: Vec<String> = c.into_iter().map(|i| nodes[i].clone()).collect();
                v.sort();
                v
            })
            .collect()
    }

    /// One shortest cycle through `file`, for a readable failure message.
    pub fn cycle_through(&self, file: &str) -> Vec<String> {
        let mut prev: BTreeMap<String, String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([file.to_string()]);
        while let Some(n) = queue.pop_front() {
            for t in self.edges.get(&n).into_iter().flatten() {
                if t == file {
                    let mut path = vec![file.to_string()];
                    let mut cur = n.clone();
                    while cur != file {
                        path.push(cur.clone());
                        cur = prev[&cur].clone();
                    }
                    path.push(file.to_string());
                    let last = path.len() - 1;
                    path[1..last].reverse();
                    return path;
                }
                if !prev.contains_key(t) {
                    prev.insert(t.clone(), n.clone());
                    queue.push_back(t.clone());
                }
            }
        }
        Vec::new()
    }
}

fn rel(src: &Path, file: &Path) -> String {
    file.strip_prefix(src)
        .unwrap_or(file)
        .to_string_lossy()
        .into_owned()
}

fn load(file: &Path, path: Vec<String>, dir_owner: bool, out: &mut BTreeMap<Vec<String>, Module>) {
    let raw = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let no_comments = strip_comments(&raw);
    let decls = mod_decls(&no_comments);
    let code = strip_test_blocks(&strip_strings(&no_comments));
    // Children live in the file's own folder (lib.rs, mod.rs) or in a folder named after it.
    let dir = if dir_owner {
        file.parent().unwrap().to_path_buf()
    } else {
        file.with_extension("")
    };
    for d in decls {
        if d.test {
            continue;
        }
        let child = match &d.path_attr {
            Some(p) => file.parent().unwrap().join(p),
            None => {
                let flat = dir.join(format!("{}.rs", d.name));
                if flat.exists() {
                    flat
                } else {
                    dir.join(&d.name).join("mod.rs")
                }
            }
        };
        let owner = d.path_attr.is_none() && child.ends_with("mod.rs");
        let mut p = path.clone();
        p.push(d.name.clone());
        load(&child, p, owner, out);
    }
    let children: Vec<String> = mod_decls(&no_comments)
        .into_iter()
        .map(|d| d.name)
        .collect();
    let (paths, reexports) = imports(&code, &path, &children);
    out.insert(
        path.clone(),
        Module {
            path,
            file: file.to_path_buf(),
            code,
            reexports,
            paths,
        },
    );
}

/// The module a path lands in (the longest module prefix), following re-exports.
fn resolve(
    modules: &BTreeMap<Vec<String>, Module>,
    p: &[String],
    depth: usize,
) -> Option<Vec<String>> {
    if depth > 8 {
        return None;
    }
    let mut n = p.len();
    while n > 0 && !modules.contains_key(&p[..n]) {
        n -= 1;
    }
    let m = &modules[&p[..n]];
    if let Some(name) = p.get(n)
        && let Some(target) = m.reexports.get(name)
    {
        let mut full = target.clone();
        full.extend_from_slice(&p[n + 1..]);
        return resolve(modules, &full, depth + 1).or(Some(m.path.clone()));
    }
    Some(m.path.clone())
}

struct ModDecl {
    name: String,
    test: bool,
    path_attr: Option<String>,
}

/// `mod name;` lines with the attributes just above them.
fn mod_decls(code: &str) -> Vec<ModDecl> {
    let mut out = Vec::new();
    let mut attrs: Vec<&str> = Vec::new();
    for line in code.lines() {
        let t = line.trim();
        if t.starts_with("#[") {
            attrs.push(t);
            continue;
        }
        let decl = t
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub(super) ")
            .trim_start_matches("pub ");
        if let Some(rest) = decl.strip_prefix("mod ")
            && let Some(name) = rest.strip_suffix(';')
        {
            let test = attrs.iter().any(|a| a.contains("cfg(test)"));
            let path_attr = attrs.iter().find_map(|a| {
                let a = a.strip_prefix("#[path")?;
                let start = a.find('"')? + 1;
                let end = a[start..].find('"')? + start;
                Some(a[start..end].to_string())
            });
            out.push(ModDecl {
                name: name.trim().to_string(),
                test,
                path_attr,
            });
        }
        if !t.is_empty() {
            attrs.clear();
        }
    }
    out
}

fn strip_comments(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut in_str = false;
    while i < b.len() {
        if in_str {
            if b[i] == b'\\' && i + 1 < b.len() {
                out.push_str(&s[i..i + 2]);
                i += 2;
                continue;
            }
            if b[i] == b'"' {
                in_str = false;
            }
            let ch = s[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        if b[i] == b'"' {
            in_str = true;
            out.push('"');
            i += 1;
        } else if s[i..].starts_with("//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if s[i..].starts_with("/*") {
            let mut depth = 0;
            while i < b.len() {
                if s[i..].starts_with("/*") {
                    depth += 1;
                    i += 2;
                } else if s[i..].starts_with("*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else {
            let ch = s[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// String literals become `""` (raw strings too), so paths inside texts are not imports.
fn strip_strings(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'r' && (b.get(i + 1) == Some(&b'#') || b.get(i + 1) == Some(&b'"')) {
            let prev_ident = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
            let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
            if !prev_ident && b.get(i + 1 + hashes) == Some(&b'"') {
                let close = format!("\"{}", "#".repeat(hashes));
                let body = i + 2 + hashes;
                let end = s[body..].find(&close).map(|e| body + e + close.len());
                out.push_str("\"\"");
                i = end.unwrap_or(b.len());
                continue;
            }
        }
        if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
            continue;
        }
        let ch = s[i..].chars().next().unwrap();
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// Removes `#[cfg(test)]` items: inline test modules, test-only functions and impls.
fn strip_test_blocks(s: &str) -> String {
    let mut out = s.to_string();
    while let Some(at) = out.find("#[cfg(test)]") {
        let after = at + "#[cfg(test)]".len();
        // The item ends at its first top-level `;` or at the `}` closing its first `{`.
        let bytes = out.as_bytes();
        let mut j = after;
        let mut depth = 0usize;
        let mut end = out.len();
        while j < bytes.len() {
            match bytes[j] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = j + 1;
                        break;
                    }
                }
                b';' if depth == 0 => {
                    end = j + 1;
                    break;
                }
                _ => {}
            }
            j += 1;
        }
        out.replace_range(at..end, "");
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path the code names (absolute), and its `pub use` re-exports.
#[allow(clippy::type_complexity)]
fn imports(
    code: &str,
    here: &[String],
    children: &[String],
) -> (Vec<Vec<String>>, BTreeMap<String, Vec<String>>) {
    let mut paths = Vec::new();
    let mut reexports = BTreeMap::new();
    let mut rest = code;
    let mut body = String::new();
    // `use` trees first.
    while let Some(at) = find_word(rest, "use") {
        body.push_str(&rest[..at]);
        let public =
            rest[..at].trim_end().ends_with("pub") || rest[..at].trim_end().ends_with("pub(crate)");
        let Some(end) = rest[at..].find(';') else {
            break;
        };
        // ` as ` becomes `@`, then all other whitespace goes.
        let tree: String = rest[at + 3..at + end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" as ", "@")
            .replace(' ', "");
        for (segments, alias) in expand(&tree) {
            if let Some(abs) = absolute(&segments, here, children) {
                if public {
                    let name =
                        alias.unwrap_or_else(|| segments.last().cloned().unwrap_or_default());
                    reexports.insert(name, abs.clone());
                }
                paths.push(abs);
            }
        }
        rest = &rest[at + end + 1..];
    }
    body.push_str(rest);
    // Then every qualified path in the code.
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    for (k, &(i, _)) in chars.iter().enumerate() {
        let prev_ok = k == 0 || !(is_ident(chars[k - 1].1) || chars[k - 1].1 == ':');
        if !prev_ok {
            continue;
        }
        let tail = &body[i..];
        if tail.starts_with("crate::") || tail.starts_with("super::") || tail.starts_with("self::")
        {
            let end = tail
                .find(|c: char| !(is_ident(c) || c == ':'))
                .unwrap_or(tail.len());
            let segments: Vec<String> = tail[..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            if let Some(abs) = absolute(&segments, here, &[]) {
                paths.push(abs);
            }
        }
    }
    (paths, reexports)
}

fn find_word(s: &str, w: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = s[from..].find(w) {
        let at = from + at;
        let before = s[..at].chars().next_back();
        let after = s[at + w.len()..].chars().next();
        if !before.is_some_and(is_ident) && after.is_some_and(char::is_whitespace) {
            return Some(at);
        }
        from = at + w.len();
    }
    None
}

/// `a::{b, c::{d as e}}` → `[a,b]`, `[a,c,d] as e`.
fn expand(tree: &str) -> Vec<(Vec<String>, Option<String>)> {
    let mut out = Vec::new();
    expand_into(tree, &mut Vec::new(), &mut out);
    out
}

fn expand_into(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
    let tree = tree.trim_start_matches("::");
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let n = prefix.len();
        prefix.extend(head);
        for part in split_top(inner) {
            if !part.is_empty() {
                expand_into(part, prefix, out);
            }
        }
        prefix.truncate(n);
    } else {
        let (p, alias) = match tree.split_once('@') {
            Some((p, a)) => (p, Some(a.to_string())),
            None => (tree, None),
        };
        let mut full = prefix.clone();
        for s in p.split("::").filter(|s| !s.is_empty()) {
            if s == "self" && !full.is_empty() {
                continue;
            }
            full.push(s.to_string());
        }
        if full.last().is_some_and(|s| s == "*") {
            full.pop();
        }
        out.push((full, alias));
    }
}

fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// A path relative to the crate root, or `None` for other crates.
/// A bare first segment naming a child module (`use model::Ticket`) is relative to `here`.
fn absolute(segments: &[String], here: &[String], children: &[String]) -> Option<Vec<String>> {
    let first = segments.first()?;
    let (mut base, skip): (Vec<String>, usize) = match first.as_str() {
        "crate" => (Vec::new(), 1),
        "self" => (here.to_vec(), 1),
        "super" => (here[..here.len().saturating_sub(1)].to_vec(), 1),
        c if children.iter().any(|k| k == c) => (here.to_vec(), 0),
        _ => return None,
    };
    let mut rest = &segments[skip..];
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// Tarjan's strongly connected components.
fn tarjan(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct T<'a> {
        adj: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut T, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        for &w in &t.adj[v] {
            match t.index[w] {
                None => {
                    visit(t, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on[w] => t.low[v] = t.low[v].min(iw),
                _ => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut c = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on[w] = false;
                c.push(w);
                if w == v {
                    break;
                }
            }
            t.out.push(c);
        }
    }
    let n = adj.len();
    let mut t = T {
        adj,
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}
