//! Tasks, the open ones, their cards and their evidence (append only).
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `districtnumber_task`      | district \0 number (u32 BE)         | `Task` JSON               |
//! | `districtnumber_opentask`  | task key, open ones                 | empty                     |
//! | `cardevent_taskkey` / `taskkey_cardevent` | card ↔ task key      |                           |
//! | `districttasknumber_evidence` | district \0 task (u32 BE) item (u32 BE) | `Evidence` JSON (append only) |

use super::codec::{json, parse, prefix, put};
use crate::core::tasks::{Evidence as TaskEvidence, Task, TaskRef};
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_task(t: &Task) -> Vec<Write> {
    let k = task_key(&t.district, t.number);
    vec![
        put(Tree::Tasks, k.clone(), json(t)),
        Write {
            tree: Tree::OpenTasks,
            key: k,
            value: t.is_open().then(Vec::new),
        },
    ]
}

pub(super) fn put_evidence(e: &TaskEvidence) -> Vec<Write> {
    let mut k = task_key(&e.district, e.task);
    k.extend(e.number.to_be_bytes());
    vec![put(Tree::TaskEvidence, k, json(e))]
}

pub fn task_key(district: &str, number: u32) -> Vec<u8> {
    let mut k = prefix(&[district]);
    k.extend(number.to_be_bytes());
    k
}

fn task_at(s: &dyn Store, k: &[u8]) -> Result<Option<Task>> {
    let Some(v) = s.get(Tree::Tasks, k)? else {
        return Ok(None);
    };
    let mut t: Task = parse("task", &v)?;
    t.card_event = s
        .get(Tree::TaskCardOf, k)?
        .map(|c| String::from_utf8_lossy(&c).into_owned());
    Ok(Some(t))
}

pub fn task(s: &dyn Store, district: &str, number: u32) -> Result<Option<Task>> {
    task_at(s, &task_key(district, number))
}

pub fn task_by_card(s: &dyn Store, card: &str) -> Result<Option<Task>> {
    match s.get(Tree::TaskCards, card.as_bytes())? {
        Some(k) => task_at(s, &k),
        None => Ok(None),
    }
}

pub fn last_task_number(s: &dyn Store, district: &str) -> Result<u32> {
    Ok(s.last(Tree::Tasks, &prefix(&[district]))?
        .and_then(|(k, _)| k.get(k.len().saturating_sub(4)..)?.try_into().ok())
        .map_or(0, u32::from_be_bytes))
}

pub fn open_tasks(s: &dyn Store, district: &str) -> Result<Vec<Task>> {
    let p = if district.is_empty() {
        Vec::new()
    } else {
        prefix(&[district])
    };
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::OpenTasks, &p)? {
        out.extend(task_at(s, &k)?);
    }
    Ok(out)
}

pub fn all_tasks(s: &dyn Store) -> Result<Vec<Task>> {
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::Tasks, b"")? {
        out.extend(task_at(s, &k)?);
    }
    Ok(out)
}

pub fn task_evidence(s: &dyn Store, district: &str, number: u32) -> Result<Vec<TaskEvidence>> {
    s.scan(Tree::TaskEvidence, &task_key(district, number))?
        .iter()
        .map(|(_, v)| parse("evidence", v))
        .collect()
}

/// Remember a task's card (after the executor posted it).
pub fn set_task_card(s: &dyn Store, t: &TaskRef, card_event: &str) -> Result<()> {
    let k = task_key(&t.district, t.number);
    s.put(&put(
        Tree::TaskCards,
        card_event.as_bytes().to_vec(),
        k.clone(),
    ))?;
    s.put(&put(Tree::TaskCardOf, k, card_event.as_bytes().to_vec()))
}
