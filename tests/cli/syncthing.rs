//! Two site machines, two real Syncthing instances on the loopback address with their own
//! homes, paired, sharing the exchange folder: a person registered at one site is found at the
//! other. Bounded in time; the instances stop with the test.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{have, seuil_cmd};

/// A Syncthing instance, stopped when dropped.
struct Instance {
    child: Child,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Makes a home's keys and returns its device id.
fn generate(home: &Path) -> String {
    let out = Command::new("syncthing")
        .args(["generate", "--no-default-folder"])
        .arg(format!("--home={}", home.display()))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    text.lines()
        .find_map(|l| l.split("Device ID: ").nth(1))
        .map(|id| id.trim().to_string())
        .unwrap_or_else(|| panic!("no device id: {text}"))
}

/// The whole configuration of one instance: only the loopback, no discovery, relay or report.
fn configure(home: &Path, folder: &Path, me: &str, peer: &str, port: u16, peer_port: u16) {
    std::fs::create_dir_all(folder.join(".stfolder")).unwrap();
    let xml = format!(
        r#"<configuration version="36">
    <folder id="seuil" label="seuil" path="{folder}" type="sendreceive" rescanIntervalS="1" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{me}"></device>
        <device id="{peer}"></device>
    </folder>
    <device id="{me}" name="me"><address>dynamic</address></device>
    <device id="{peer}" name="peer"><address>tcp://127.0.0.1:{peer_port}</address></device>
    <gui enabled="false" tls="false"><address>127.0.0.1:{gui}</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <startBrowser>false</startBrowser>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
"#,
        folder = folder.display(),
        gui = free_port(),
    );
    std::fs::write(home.join("config.xml"), xml).unwrap();
}

fn start(home: &Path) -> Instance {
    let child = Command::new("syncthing")
        .args(["serve", "--no-browser", "--no-restart", "--no-upgrade"])
        .arg(format!("--home={}", home.display()))
        .arg(format!("--logfile={}", home.join("log.txt").display()))
        .env("STNOUPGRADE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Instance { child }
}

/// Waits until `path` exists, at most two minutes.
fn arrives(path: &Path, what: &str, logs: &[PathBuf]) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while !path.exists() {
        if Instant::now() > deadline {
            let logs: Vec<String> = logs
                .iter()
                .map(|l| std::fs::read_to_string(l).unwrap_or_default())
                .collect();
            panic!(
                "{what} never arrived at {}:\n{}",
                path.display(),
                logs.join("\n---\n")
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn seuil(db: &Path, args: &[&str]) -> String {
    let o = seuil_cmd(db)
        .env("SEUIL_LANG", "en")
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn two_syncthing_instances_carry_the_register_between_two_sites() {
    if !have("syncthing", "syncthing") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (h1, h2) = (dir.path().join("home1"), dir.path().join("home2"));
    let (f1, f2) = (dir.path().join("sync1"), dir.path().join("sync2"));
    let (id1, id2) = (generate(&h1), generate(&h2));
    let (p1, p2) = (free_port(), free_port());
    configure(&h1, &f1, &id1, &id2, p1, p2);
    configure(&h2, &f2, &id2, &id1, p2, p1);
    let logs = [h1.join("log.txt"), h2.join("log.txt")];
    let _a = start(&h1);
    let _b = start(&h2);
    let key = dir.path().join("org.key");
    let (db1, db2) = (dir.path().join("midi.db"), dir.path().join("nord.db"));
    let init = |db: &Path, site: &str, folder: &Path| {
        seuil(
            db,
            &[
                "sync",
                "init",
                "--site",
                site,
                "--folder",
                folder.to_str().unwrap(),
                "--org-key",
                key.to_str().unwrap(),
            ],
        )
    };
    // The first site joins; its folder reaches the second machine, which then takes the
    // next number.
    seuil(&db1, &["person", "add", "--name", "Ahmed Benali"]);
    init(&db1, "Midi", &f1);
    seuil(&db1, &["sync", "run"]);
    arrives(
        &f2.join("site-01").join("00000001.seuil"),
        "site 1's first file",
        &logs,
    );
    init(&db2, "Nord", &f2);
    seuil(&db2, &["person", "add", "--name", "ተስፋይ ሃይለ"]);
    seuil(&db2, &["sync", "run"]);
    arrives(
        &f1.join("site-02").join("00000001.seuil"),
        "site 2's first file",
        &logs,
    );
    seuil(&db1, &["sync", "run"]);
    let found = seuil(&db1, &["person", "find", "Tesfay"]);
    assert!(found.contains("ተስፋይ"), "{found}");
    let found = seuil(&db2, &["person", "find", "Ahmed Benali"]);
    assert!(found.contains("Benali"), "{found}");
}
