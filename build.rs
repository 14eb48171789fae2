//! Compresses the shipped fonts (assets/fonts, SIL OFL) into the build folder, so they take
//! half the room in the binary; `print::fonts` inflates them once, when something is printed.

use std::io::Write;
use std::path::PathBuf;

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
    Ok(())
}
