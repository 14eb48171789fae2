//! Sending a PDF to a printer through CUPS (`lp`), and saving it to a file. Neither may lose
//! anything: errors say what happened, and the caller keeps the job for a retry.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Why a printout did not reach the printer or the file.
#[derive(Debug, thiserror::Error)]
pub enum SpoolError {
    /// `lp` is not on this machine.
    #[error("CUPS is not installed (no lp command)")]
    NoCups,
    /// No printer named and no default printer on this machine.
    #[error("no printer chosen and no default printer")]
    NoPrinter,
    /// CUPS answered with an error: no such printer, printer disabled...
    #[error("{0}")]
    Refused(String),
    #[error("{path}: {reason}")]
    Write {
        path: String,
        reason: String,
        /// What went wrong, for a message in the worker's language (a full disk, no such
        /// folder); `reason` is the system's words.
        kind: std::io::ErrorKind,
    },
}

/// How long `lp` may take to hand the job to CUPS.
const LP_TIMEOUT: Duration = Duration::from_secs(20);

/// Sends a PDF with an explicit media size; `printer` `None` is the system default. Returns
/// what CUPS said (the request id).
pub fn send(
    pdf: &[u8],
    printer: Option<&str>,
    media: &str,
    title: &str,
) -> Result<String, SpoolError> {
    let mut cmd = Command::new("lp");
    if let Some(p) = printer {
        cmd.arg("-d").arg(p);
    }
    cmd.arg("-o")
        .arg(format!("media={media}"))
        .arg("-t")
        .arg(title)
        .arg("--")
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SpoolError::NoCups,
        _ => SpoolError::Refused(e.to_string()),
    })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A refusal before reading the whole file shows as a broken pipe; the exit status says why.
        let _ = stdin.write_all(pdf);
    }
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > LP_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(SpoolError::Refused(format!(
                    "no answer from CUPS after {} s",
                    LP_TIMEOUT.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(SpoolError::Refused(e.to_string())),
        }
    }
    let out = child
        .wait_with_output()
        .map_err(|e| SpoolError::Refused(e.to_string()))?;
    let said = |b: &[u8]| String::from_utf8_lossy(b).trim().to_string();
    if out.status.success() {
        Ok(said(&out.stdout))
    } else {
        let err = said(&out.stderr);
        if printer.is_none() && err.contains("No default destination") {
            return Err(SpoolError::NoPrinter);
        }
        Err(SpoolError::Refused(if err.is_empty() {
            format!("lp: {}", out.status)
        } else {
            err
        }))
    }
}

/// Writes a PDF to a file whole or not at all: written beside it, synced, then renamed, so a
/// full USB stick leaves no half file under the name. Something that is not a plain file (a
/// pipe, `/dev/stdout`) is written to directly, never replaced.
pub fn save(pdf: &[u8], path: &Path) -> Result<(), SpoolError> {
    let fail = |e: std::io::Error| SpoolError::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
        kind: e.kind(),
    };
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(pdf))
            .map_err(fail);
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "seuil.pdf".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.part"));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(pdf)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}
