use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::*;
use crate::evidence::FileHash;
use crate::export::{Filter, Format, What};
use crate::store::sled_store::SledStore;

#[test]
fn requests_read_back_as_sent() {
    let cases = [
        Request::Status,
        Request::Export {
            what: What::Tickets,
            format: Format::Csv,
            filter: Filter {
                district: Some("lko".into()),
                station: Some("hazratganj".into()),
                since_ms: Some(1_793_491_200_000),
            },
        },
        Request::VerifyEvidence {
            file: FileHash {
                name: "photo.jpg".into(),
                size: 3,
                sha256: "ab".into(),
            },
            task: "T-3".into(),
            district: None,
        },
        Request::Backup {
            dir: PathBuf::from("/backups/2026-12-07"),
        },
    ];
    for req in cases {
        let line = serde_json::to_string(&req).unwrap();
        assert!(!line.contains('\n'), "one line: {line}");
        assert_eq!(
            serde_json::from_str::<Request>(&line).unwrap(),
            req,
            "{line}"
        );
    }
}

#[test]
fn an_export_without_a_filter_is_all_records() {
    let req: Request =
        serde_json::from_str(r#"{"op":"export","what":"tips","format":"json"}"#).unwrap();
    assert_eq!(
        req,
        Request::Export {
            what: What::Tips,
            format: Format::Json,
            filter: Filter::default()
        }
    );
}

fn served(dir: &Path) -> Served {
    Served {
        store: Arc::new(SledStore::open(&dir.join("saathi.sled")).unwrap()),
        districts: vec!["lko".into()],
        data_dir: dir.to_path_buf(),
        bot_user: "@saathi:s".into(),
    }
}

#[tokio::test]
async fn the_socket_answers_like_the_store_and_only_on_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let s = Arc::new(served(dir.path()));
    let direct = answer(&s, &Request::Status);
    assert_eq!(direct.exit, 0);
    assert!(
        direct.stdout.contains("events handled"),
        "{}",
        direct.stdout
    );
    let path = socket_path(dir.path());
    let cancel = tokio_util::sync::CancellationToken::new();
    let server = tokio::spawn(server::serve(path.clone(), s.clone(), cancel.clone()));
    while !path.exists() {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the bot's user only");
    }
    let data_dir = dir.path().to_path_buf();
    let asked = tokio::task::spawn_blocking(move || client::call(&data_dir, &Request::Status))
        .await
        .unwrap();
    match asked {
        Ok(client::Reached::Answered(r)) => assert_eq!(r, direct),
        _ => panic!("the running bot did not answer"),
    }
    // A line that is not a request gets a reason, not silence.
    let raw = {
        let p = path.clone();
        tokio::task::spawn_blocking(move || {
            use std::io::{Read, Write};
            let mut c = std::os::unix::net::UnixStream::connect(p).unwrap();
            c.write_all(b"{\"op\":\"format-disk\"}\n").unwrap();
            let mut out = String::new();
            c.read_to_string(&mut out).unwrap();
            out
        })
        .await
        .unwrap()
    };
    let r: Reply = serde_json::from_str(raw.trim()).unwrap();
    assert_eq!(r.exit, 2);
    assert!(r.stderr.contains("not a request"), "{}", r.stderr);
    cancel.cancel();
    server.await.unwrap();
    assert!(!path.exists(), "the socket is removed on the way out");
    let gone = tempfile::tempdir().unwrap();
    assert!(matches!(
        client::call(gone.path(), &Request::Status),
        Ok(client::Reached::NotRunning)
    ));
}
