//! Exchange files: what one site sends the others, numbered in its own folder, encrypted for
//! the organisation with `age` (changesets hold names in clear).
//!
//! Inside the encryption: a first line naming the format, a line of JSON saying who wrote it
//! (site, file number, schema version, what the site had applied of every other site when it
//! wrote it), then each write transaction as its clock, its length and its changeset. `age`
//! authenticates the whole: a file cut short, edited, or encrypted for another key does not
//! open.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The first line of every exchange file, once opened.
const MAGIC: &[u8] = b"seuil exchange 1\n";

/// What a file says of itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub site: i64,
    pub name: String,
    pub machine: String,
    pub file: i64,
    pub schema: i64,
    /// For every other site, the last of its files the writer had applied: this file's
    /// changes may rely on those, so it is applied after them.
    pub seen: BTreeMap<i64, i64>,
    /// The latest clock of the file's changes.
    pub hlc: i64,
    pub written_at: String,
}

/// One write transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub hlc: i64,
    pub changeset: Vec<u8>,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not an `age` file, or not one of ours.
    NotOurs,
    /// Encrypted for another key: another organisation's, or an old key.
    OtherKey,
    /// Cut short or changed after it was written.
    Damaged,
}

/// The organisation's key: every site holds the same, from a file copied by hand.
pub struct OrgKey {
    identity: age::x25519::Identity,
}

impl OrgKey {
    /// A new key.
    pub fn generate() -> OrgKey {
        OrgKey {
            identity: age::x25519::Identity::generate(),
        }
    }

    /// The key in a key file's text (as `age-keygen` writes it: comments, then the secret).
    pub fn parse(text: &str) -> Option<OrgKey> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with("AGE-SECRET-KEY-"))?;
        age::x25519::Identity::from_str(line)
            .ok()
            .map(|identity| OrgKey { identity })
    }

    /// The key file's text.
    pub fn file_text(&self) -> String {
        use age::secrecy::ExposeSecret;
        format!(
            "# seuil: the organisation's key for the exchange between sites.\n\
             # Copy it to each site machine by hand; never put it in the shared folder.\n\
             # public key: {}\n{}\n",
            self.public(),
            self.identity.to_string().expose_secret()
        )
    }

    /// Its public half, which names the organisation.
    pub fn public(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// `plain`, encrypted for the organisation.
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, String> {
        let recipient = self.identity.to_public();
        let mut out = Vec::with_capacity(plain.len() + 256);
        let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as _))
            .map_err(|e| e.to_string())?;
        let mut w = enc.wrap_output(&mut out).map_err(|e| e.to_string())?;
        w.write_all(plain).map_err(|e| e.to_string())?;
        w.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }

    /// A file's content, opened.
    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, Unreadable> {
        let dec = age::Decryptor::new_buffered(sealed).map_err(|_| Unreadable::NotOurs)?;
        let mut r = dec
            .decrypt(std::iter::once(&self.identity as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::NoMatchingKeys => Unreadable::OtherKey,
                age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => {
                    Unreadable::NotOurs
                }
                _ => Unreadable::Damaged,
            })?;
        let mut out = Vec::new();
        r.read_to_end(&mut out).map_err(|_| Unreadable::Damaged)?;
        Ok(out)
    }
}

/// A file's content before encryption.
pub fn encode(header: &Header, entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(serde_json::to_string(header).unwrap_or_default().as_bytes());
    out.push(b'\n');
    for e in entries {
        out.extend_from_slice(&e.hlc.to_be_bytes());
        out.extend_from_slice(&(e.changeset.len() as u64).to_be_bytes());
        out.extend_from_slice(&e.changeset);
    }
    out
}

/// A file's header and entries, from its opened content.
pub fn decode(plain: &[u8]) -> Result<(Header, Vec<Entry>), Unreadable> {
    let rest = plain.strip_prefix(MAGIC).ok_or(Unreadable::NotOurs)?;
    let end = rest
        .iter()
        .position(|b| *b == b'\n')
        .ok_or(Unreadable::Damaged)?;
    let header: Header = serde_json::from_slice(&rest[..end]).map_err(|_| Unreadable::Damaged)?;
    let mut body = &rest[end + 1..];
    let mut entries = Vec::new();
    while !body.is_empty() {
        if body.len() < 16 {
            return Err(Unreadable::Damaged);
        }
        let hlc = i64::from_be_bytes(body[..8].try_into().map_err(|_| Unreadable::Damaged)?);
        let len = u64::from_be_bytes(body[8..16].try_into().map_err(|_| Unreadable::Damaged)?);
        let len = usize::try_from(len).map_err(|_| Unreadable::Damaged)?;
        body = &body[16..];
        if body.len() < len {
            return Err(Unreadable::Damaged);
        }
        entries.push(Entry {
            hlc,
            changeset: body[..len].to_vec(),
        });
        body = &body[len..];
    }
    Ok((header, entries))
}

/// The folder of site `number` in the shared folder.
pub fn site_folder(shared: &Path, number: i64) -> PathBuf {
    shared.join(format!("site-{number:02}"))
}

/// The path of a site's file `n`.
pub fn file_path(site_folder: &Path, n: i64) -> PathBuf {
    site_folder.join(format!("{n:08}.seuil"))
}

/// The number of an exchange file from its name (`00000012.seuil`), or `None` for any other
/// file (a copy being written, a file of the carrier's).
pub fn file_number(name: &str) -> Option<i64> {
    let digits = name.strip_suffix(".seuil")?;
    if digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// What a site writes of itself in its folder, beside its files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteFile {
    pub number: i64,
    pub name: String,
    /// Which database writes this folder: a second machine claiming it is refused.
    pub machine: String,
}

/// The name of that file.
pub const SITE_FILE: &str = "site.toml";

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            site: 2,
            name: "Midi".into(),
            machine: "m".into(),
            file: 7,
            schema: 15,
            seen: BTreeMap::from([(1, 4)]),
            hlc: 99,
            written_at: "2026-12-02 10:00:00".into(),
        }
    }

    #[test]
    fn a_file_reads_back_as_written_and_only_with_the_key() {
        let key = OrgKey::generate();
        let entries = vec![
            Entry {
                hlc: 5,
                changeset: b"abc".to_vec(),
            },
            Entry {
                hlc: 6,
                changeset: Vec::new(),
            },
        ];
        let sealed = key
            .seal(&encode(&header(), &entries))
            .unwrap_or_else(|e| unreachable!("{e}"));
        let plain = key.open(&sealed).unwrap_or_else(|e| unreachable!("{e:?}"));
        assert_eq!(decode(&plain), Ok((header(), entries)));
        assert_eq!(OrgKey::generate().open(&sealed), Err(Unreadable::OtherKey));
        assert_eq!(key.open(b"hello"), Err(Unreadable::NotOurs));
        assert_eq!(
            key.open(&sealed[..sealed.len() - 10]),
            Err(Unreadable::Damaged)
        );
        let mut edited = sealed.clone();
        let last = edited.len() - 20;
        edited[last] ^= 1;
        assert_eq!(key.open(&edited), Err(Unreadable::Damaged));
        let again = OrgKey::parse(&key.file_text()).unwrap_or_else(|| unreachable!());
        assert_eq!(again.public(), key.public());
        assert!(OrgKey::parse("nothing here").is_none());
    }

    #[test]
    fn only_numbered_files_are_exchange_files() {
        assert_eq!(file_number("00000012.seuil"), Some(12));
        assert_eq!(file_number(".00000012.seuil.tmp"), None);
        assert_eq!(file_number("12.seuil"), None);
        assert_eq!(file_number("site.toml"), None);
    }
}
