//! SQLCipher's cryptography, from the RustCrypto crates rather than from OpenSSL.
//!
//! SQLCipher asks a *provider* for five things: random bytes, an HMAC, PBKDF2, AES-256-CBC and
//! the sizes that go with them. It ships providers for OpenSSL, libtomcrypt and Apple's
//! CommonCrypto, and takes a custom one when compiled with `SQLCIPHER_CRYPTO_CUSTOM` naming its
//! setup function (`.cargo/config.toml`). This is that provider: `aes` (AES-NI or ARMv8 AES when
//! the processor has them, constant-time bitsliced code otherwise), `cbc`, `hmac`, `pbkdf2`,
//! `sha1` and `sha2`, and the system's random source (`getrandom`). The algorithms and their
//! parameters are SQLCipher's own, chosen by SQLCipher, so a register encrypted by any earlier
//! build (OpenSSL inside, or the system's libcrypto) opens the same: the tests open one encrypted
//! by seuil 0.1.0 (`tests/store/fixtures/encrypted-0.1.0.db`), and the published test vectors of
//! PBKDF2 (RFC 6070), HMAC (RFC 4231) and AES-CBC (NIST SP 800-38A) are checked below.
//!
//! What it saves: OpenSSL was 4.5 MB of the 14 MB program and most of its build time; this is
//! about 60 KB. Each function is called from SQLCipher's C code with its own pointers and sizes;
//! every one is checked before a slice is made of it, and a wrong one is an error returned to
//! SQLCipher (which then refuses the page), never a panic across the boundary.

use std::ffi::{c_char, c_int, c_void};

use aes::Aes256;
use cbc::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, block_padding::NoPadding};
use hmac::{Hmac, Mac};

const SQLITE_OK: c_int = 0;
const SQLITE_ERROR: c_int = 1;

// sqlcipher.h: the algorithms SQLCipher names by number.
const HMAC_SHA1: c_int = 0;
const HMAC_SHA256: c_int = 1;
const HMAC_SHA512: c_int = 2;
const PBKDF2_HMAC_SHA1: c_int = 0;
const PBKDF2_HMAC_SHA256: c_int = 1;
const PBKDF2_HMAC_SHA512: c_int = 2;
const ENCRYPT: c_int = 1;
const DECRYPT: c_int = 0;

const KEY_SIZE: usize = 32;
const BLOCK_SIZE: usize = 16;

/// The name `PRAGMA cipher_provider` gives on an encrypted register.
pub const PROVIDER: &str = "RustCrypto";

/// `struct sqlcipher_provider` of sqlcipher.h, field for field.
#[repr(C)]
pub struct Provider {
    init: Option<unsafe extern "C" fn() -> c_int>,
    shutdown: Option<unsafe extern "C" fn()>,
    get_provider_name: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    add_random: Option<unsafe extern "C" fn(*mut c_void, *const c_void, c_int) -> c_int>,
    random: Option<unsafe extern "C" fn(*mut c_void, *mut c_void, c_int) -> c_int>,
    hmac: Option<Hmac8>,
    kdf: Option<Kdf>,
    cipher: Option<Cipher>,
    get_cipher: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    get_key_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_iv_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_block_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_hmac_sz: Option<unsafe extern "C" fn(*mut c_void, c_int) -> c_int>,
    ctx_init: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    ctx_free: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    fips_status: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_provider_version: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    next: *mut Provider,
}

type Hmac8 = unsafe extern "C" fn(
    *mut c_void,
    c_int,
    *const u8,
    c_int,
    *const u8,
    c_int,
    *const u8,
    c_int,
    *mut u8,
) -> c_int;
type Kdf = unsafe extern "C" fn(
    *mut c_void,
    c_int,
    *const u8,
    c_int,
    *const u8,
    c_int,
    c_int,
    c_int,
    *mut u8,
) -> c_int;
type Cipher = unsafe extern "C" fn(
    *mut c_void,
    c_int,
    *const u8,
    c_int,
    *const u8,
    *const u8,
    c_int,
    *mut u8,
) -> c_int;

/// Called once by SQLCipher when SQLite starts (`SQLCIPHER_CRYPTO_CUSTOM`).
///
/// # Safety
/// `p` is SQLCipher's freshly allocated provider, or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn seuil_sqlcipher_setup(p: *mut Provider) -> c_int {
    // SAFETY: SQLCipher passes its own allocation of a `struct sqlcipher_provider`.
    let Some(p) = (unsafe { p.as_mut() }) else {
        return SQLITE_ERROR;
    };
    *p = Provider {
        init: None,
        shutdown: None,
        get_provider_name: Some(provider_name),
        add_random: Some(add_random),
        random: Some(random),
        hmac: Some(hmac),
        kdf: Some(kdf),
        cipher: Some(cipher),
        get_cipher: Some(cipher_name),
        get_key_sz: Some(key_size),
        get_iv_sz: Some(block_size),
        get_block_sz: Some(block_size),
        get_hmac_sz: Some(hmac_size),
        ctx_init: Some(ctx_init),
        ctx_free: Some(ctx_free),
        fips_status: Some(fips_status),
        get_provider_version: Some(provider_version),
        next: std::ptr::null_mut(),
    };
    SQLITE_OK
}

/// Keeps the setup function in every program that links the store, whatever the linker's
/// order: SQLCipher's C code is its only caller.
#[used]
static SETUP: unsafe extern "C" fn(*mut Provider) -> c_int = seuil_sqlcipher_setup;

unsafe extern "C" fn provider_name(_: *mut c_void) -> *const c_char {
    c"RustCrypto".as_ptr()
}

unsafe extern "C" fn provider_version(_: *mut c_void) -> *const c_char {
    c"aes 0.8, sha2 0.10, hmac 0.12, pbkdf2 0.12".as_ptr()
}

unsafe extern "C" fn cipher_name(_: *mut c_void) -> *const c_char {
    c"aes-256-cbc".as_ptr()
}

unsafe extern "C" fn key_size(_: *mut c_void) -> c_int {
    KEY_SIZE as c_int
}

unsafe extern "C" fn block_size(_: *mut c_void) -> c_int {
    BLOCK_SIZE as c_int
}

unsafe extern "C" fn hmac_size(_: *mut c_void, algorithm: c_int) -> c_int {
    match algorithm {
        HMAC_SHA1 => 20,
        HMAC_SHA256 => 32,
        HMAC_SHA512 => 64,
        _ => 0,
    }
}

/// No state: every call stands alone, so several connections and threads need no lock.
unsafe extern "C" fn ctx_init(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn ctx_free(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn fips_status(_: *mut c_void) -> c_int {
    0
}

/// The system's random source needs no extra entropy.
unsafe extern "C" fn add_random(_: *mut c_void, _: *const c_void, _: c_int) -> c_int {
    SQLITE_OK
}

/// Salts, each page's IV and the reserve after it: from the system (`getrandom`).
unsafe extern "C" fn random(_: *mut c_void, buffer: *mut c_void, length: c_int) -> c_int {
    // SAFETY: SQLCipher hands a buffer of `length` bytes.
    let Some(out) = (unsafe { slice_mut(buffer.cast(), length) }) else {
        return SQLITE_ERROR;
    };
    status(getrandom::getrandom(out).is_ok())
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn hmac(
    _: *mut c_void,
    algorithm: c_int,
    key: *const u8,
    key_sz: c_int,
    data: *const u8,
    data_sz: c_int,
    data2: *const u8,
    data2_sz: c_int,
    out: *mut u8,
) -> c_int {
    // SAFETY: SQLCipher hands each buffer with its size; the second part may be absent, and the
    // output holds the algorithm's MAC (`hmac_size`).
    unsafe {
        let (Some(key), Some(data)) = (slice(key, key_sz), slice(data, data_sz)) else {
            return SQLITE_ERROR;
        };
        let data2 = if data2.is_null() {
            &[][..]
        } else {
            match slice(data2, data2_sz) {
                Some(d) => d,
                None => return SQLITE_ERROR,
            }
        };
        let Some(out) = slice_mut(out, hmac_size(std::ptr::null_mut(), algorithm)) else {
            return SQLITE_ERROR;
        };
        status(match algorithm {
            HMAC_SHA1 => mac::<Hmac<sha1::Sha1>>(key, data, data2, out),
            HMAC_SHA256 => mac::<Hmac<sha2::Sha256>>(key, data, data2, out),
            HMAC_SHA512 => mac::<Hmac<sha2::Sha512>>(key, data, data2, out),
            _ => false,
        })
    }
}

fn mac<M: Mac + hmac::digest::KeyInit>(
    key: &[u8],
    data: &[u8],
    data2: &[u8],
    out: &mut [u8],
) -> bool {
    let Ok(mut m) = <M as Mac>::new_from_slice(key) else {
        return false;
    };
    m.update(data);
    m.update(data2);
    let tag = m.finalize().into_bytes();
    if tag.len() != out.len() {
        return false;
    }
    out.copy_from_slice(&tag);
    true
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn kdf(
    _: *mut c_void,
    algorithm: c_int,
    pass: *const u8,
    pass_sz: c_int,
    salt: *const u8,
    salt_sz: c_int,
    rounds: c_int,
    key_sz: c_int,
    key: *mut u8,
) -> c_int {
    let Ok(rounds) = u32::try_from(rounds) else {
        return SQLITE_ERROR;
    };
    if rounds == 0 {
        return SQLITE_ERROR;
    }
    // SAFETY: SQLCipher hands the passphrase, the salt and the key to fill, each with its size.
    unsafe {
        let (Some(pass), Some(salt), Some(key)) = (
            slice(pass, pass_sz),
            slice(salt, salt_sz),
            slice_mut(key, key_sz),
        ) else {
            return SQLITE_ERROR;
        };
        status(match algorithm {
            PBKDF2_HMAC_SHA1 => pbkdf2::pbkdf2::<Hmac<sha1::Sha1>>(pass, salt, rounds, key).is_ok(),
            PBKDF2_HMAC_SHA256 => {
                pbkdf2::pbkdf2::<Hmac<sha2::Sha256>>(pass, salt, rounds, key).is_ok()
            }
            PBKDF2_HMAC_SHA512 => {
                pbkdf2::pbkdf2::<Hmac<sha2::Sha512>>(pass, salt, rounds, key).is_ok()
            }
            _ => false,
        })
    }
}

/// AES-256-CBC without padding over a page's usable part (a whole number of blocks).
#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn cipher(
    _: *mut c_void,
    mode: c_int,
    key: *const u8,
    key_sz: c_int,
    iv: *const u8,
    input: *const u8,
    in_sz: c_int,
    out: *mut u8,
) -> c_int {
    let Ok(len) = usize::try_from(in_sz) else {
        return SQLITE_ERROR;
    };
    if len % BLOCK_SIZE != 0 || key_sz != KEY_SIZE as c_int || (mode != ENCRYPT && mode != DECRYPT)
    {
        return SQLITE_ERROR;
    }
    // SAFETY: SQLCipher hands the key, the IV (one block), the input and an output of the same
    // size. The input and the output are distinct buffers in SQLCipher; should they ever be one,
    // the work is done in place rather than through two overlapping slices.
    unsafe {
        let (Some(key), Some(iv)) = (slice(key, key_sz), slice(iv, BLOCK_SIZE as c_int)) else {
            return SQLITE_ERROR;
        };
        let Ok(key) = <&[u8; KEY_SIZE]>::try_from(key) else {
            return SQLITE_ERROR;
        };
        let Ok(iv) = <&[u8; BLOCK_SIZE]>::try_from(iv) else {
            return SQLITE_ERROR;
        };
        if input.is_null() || out.is_null() {
            return SQLITE_ERROR;
        }
        if input != out.cast_const() {
            std::ptr::copy_nonoverlapping(input, out, len);
        }
        let Some(buf) = slice_mut(out, in_sz) else {
            return SQLITE_ERROR;
        };
        status(if mode == ENCRYPT {
            cbc::Encryptor::<Aes256>::new(key.into(), iv.into())
                .encrypt_padded_mut::<NoPadding>(buf, len)
                .is_ok()
        } else {
            cbc::Decryptor::<Aes256>::new(key.into(), iv.into())
                .decrypt_padded_mut::<NoPadding>(buf)
                .is_ok()
        })
    }
}

fn status(ok: bool) -> c_int {
    if ok { SQLITE_OK } else { SQLITE_ERROR }
}

/// A C buffer as a slice: `None` for a null pointer or a negative size (an empty slice for 0).
///
/// # Safety
/// A non-null `ptr` points to `len` readable bytes, unchanged while the slice lives.
unsafe fn slice<'a>(ptr: *const u8, len: c_int) -> Option<&'a [u8]> {
    let len = usize::try_from(len).ok()?;
    if len == 0 {
        return Some(&[]);
    }
    // SAFETY: the caller's promise.
    (!ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// # Safety
/// A non-null `ptr` points to `len` writable bytes no other slice covers.
unsafe fn slice_mut<'a>(ptr: *mut u8, len: c_int) -> Option<&'a mut [u8]> {
    let len = usize::try_from(len).ok()?;
    if len == 0 {
        return Some(&mut []);
    }
    // SAFETY: the caller's promise.
    (!ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts_mut(ptr, len) })
}

#[cfg(test)]
mod tests;
