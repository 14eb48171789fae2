//! Compresses the shipped fonts (assets/fonts, SIL OFL) into the build folder, so they take
//! half the room in the binary; `print::fonts` inflates them once, when something is printed.
//! The same for the words of each language (locales/LANG/*.ftl, 830 KB as text): one packed
//! file per language, which `i18n::resources` inflates when the language is first used.
//!
//! Also writes down which commit this is and its date (`SEUIL_COMMIT`, `SEUIL_DATE`) for
//! `seuil --version`: a support call can then tell what runs. Outside git (a source tarball,
//! a package build) they are "unknown" and the build goes on; `SOURCE_DATE_EPOCH` gives the date
//! of a reproducible build.
//!
//! And, for a release build on Linux, links the program without its unwinding tables (see
//! [`link_without_unwind_tables`]).

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

const FONTS: [&str; 4] = [
    "NotoSans-Regular",
    "NotoSans-Bold",
    "NotoSansArabic-Regular",
    "NotoSansEthiopic-Regular",
];

const LANGUAGES: [&str; 6] = ["fr", "nl", "en", "ar", "ti", "pl"];

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
    for lang in LANGUAGES {
        pack_locale(lang, &out)?;
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
    link_without_unwind_tables(&out)
}

/// A release build stops on a panic (`panic = "abort"`, Cargo.toml) rather than unwinding the
/// stack, so the tables that say how to unwind each function (`.eh_frame`, its index and the
/// landing-pad tables, 0.94 MB of a 9 MB program) are never read: the linker drops them. A
/// panic still prints its message and where it happened; only the backtrace, which a stripped
/// program could not name anyway, is gone. Debug builds keep them: the tests run there, and the
/// test harness catches panics by unwinding. The script adds to the linker's own layout (`INSERT`)
/// rather than replacing it, and LLD and GNU ld both read it. The C start files keep their own
/// few bytes: in a static (musl) build they hand the table's start to the unwinder.
fn link_without_unwind_tables(out: &std::path::Path) -> std::io::Result<()> {
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if !(release && linux) {
        return Ok(());
    }
    let script = out.join("no-unwind-tables.ld");
    std::fs::write(
        &script,
        "SECTIONS { /DISCARD/ : { *(EXCLUDE_FILE(*crtbegin*.o *crtend*.o) .eh_frame) \
         *(.eh_frame_hdr) *(.gcc_except_table .gcc_except_table.*) } } INSERT AFTER .text;\n",
    )?;
    println!("cargo::rustc-link-arg-bins=-Wl,-T,{}", script.display());
    Ok(())
}

/// Every `.ftl` file of `locales/LANG`, as `name\ntext` joined by NUL (which Fluent text
/// never holds), compressed as one piece (a piece compresses better than its files one by one).
fn pack_locale(lang: &str, out: &std::path::Path) -> std::io::Result<()> {
    let dir = PathBuf::from("locales").join(lang);
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    names.retain(|p| p.extension().is_some_and(|x| x == "ftl"));
    names.sort();
    let mut packed = String::new();
    for path in names {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if !packed.is_empty() {
            packed.push('\0');
        }
        packed.push_str(&name.unwrap_or_default());
        packed.push('\n');
        packed.push_str(&std::fs::read_to_string(&path)?);
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(packed.as_bytes())?;
    std::fs::write(out.join(format!("locale-{lang}.z")), z.finish()?)
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
