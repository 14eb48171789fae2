//! Compresses the shipped fonts (assets/fonts, SIL OFL) into the build folder, so they take
//! half the room in the binary; `print::fonts` inflates them once, when something is printed.
//!
//! Also writes down which commit this is and its date (`SEUIL_COMMIT`, `SEUIL_DATE`) for
//! `seuil --version`: a support call can then tell what runs. Outside git (a source tarball,
//! a package build) they are "unknown" and the build goes on; `SOURCE_DATE_EPOCH` gives the date
//! of a reproducible build.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

const FONTS: [&str; 4] = [
    "NotoSans-Regular",
    "NotoSans-Bold",
    "NotoSansArabic-Regular",
    "NotoSansEthiopic-Regular",
];

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or(std::io::ErrorKind::NotFound)?);
    for name in FONTS {
        let source = format!("assets/fonts/{name}.ttf");
        println!("cargo::rerun-if-changed={source}");
        let bytes = std::fs::read(&source)?;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&bytes)?;
        std::fs::write(out.join(format!("{name}.ttf.z")), z.finish()?)?;
    }
    let commit = git(&["rev-parse", "--short=12", "HEAD"]);
    println!(
        "cargo::rustc-env=SEUIL_COMMIT={}",
        commit.as_deref().unwrap_or("unknown")
    );
    println!("cargo::rustc-env=SEUIL_DATE={}", build_date());
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
    if commit.is_some() {
        watch_git();
    }
    Ok(())
}

/// What `git args…` prints, or `None` when there is no git or no repository.
fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?.trim().to_string();
    (output.status.success() && !text.is_empty()).then_some(text)
}

/// `SOURCE_DATE_EPOCH` as a day, else the commit's own day (the same build twice says the
/// same), else "unknown".
fn build_date() -> String {
    if let Some(secs) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        return civil_day(secs.div_euclid(86_400));
    }
    git(&["log", "-1", "--format=%cs", "HEAD"]).unwrap_or_else(|| "unknown".into())
}

/// The date `days` after 1970-01-01 (Howard Hinnant's days-to-civil), as YYYY-MM-DD.
fn civil_day(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Runs this script again when HEAD moves (a commit, a checkout), and only then: the files are
/// found through git, so a worktree (whose `.git` is a file) works too.
fn watch_git() {
    let mut files = vec![git(&["rev-parse", "--git-path", "HEAD"])];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        files.push(git(&["rev-parse", "--git-path", &branch]));
    }
    files.push(git(&["rev-parse", "--git-path", "packed-refs"]));
    for file in files.into_iter().flatten() {
        if std::path::Path::new(&file).exists() {
            println!("cargo::rerun-if-changed={file}");
        }
    }
}
