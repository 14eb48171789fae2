//! The provider checked against the published vectors, through the functions SQLCipher calls.

use super::*;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn call_kdf(algorithm: c_int, pass: &[u8], salt: &[u8], rounds: c_int, len: usize) -> Vec<u8> {
    let mut key = vec![0u8; len];
    // SAFETY: each buffer with its own size.
    let rc = unsafe {
        kdf(
            std::ptr::null_mut(),
            algorithm,
            pass.as_ptr(),
            pass.len() as c_int,
            salt.as_ptr(),
            salt.len() as c_int,
            rounds,
            len as c_int,
            key.as_mut_ptr(),
        )
    };
    assert_eq!(rc, SQLITE_OK);
    key
}

#[test]
fn pbkdf2_gives_the_published_vectors() {
    // RFC 6070 (SHA-1) and the SHA-256 / SHA-512 vectors of the same inputs.
    assert_eq!(
        hex(&call_kdf(PBKDF2_HMAC_SHA1, b"password", b"salt", 2, 20)),
        "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"
    );
    assert_eq!(
        hex(&call_kdf(PBKDF2_HMAC_SHA256, b"password", b"salt", 1, 32)),
        "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"
    );
    assert_eq!(
        hex(&call_kdf(PBKDF2_HMAC_SHA512, b"password", b"salt", 1, 64)),
        "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252\
         c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce"
    );
}

#[test]
fn hmac_reads_both_parts_as_one_message() {
    // RFC 4231, test case 2: key "Jefe", "what do ya want for nothing?", cut in two.
    let mut out = [0u8; 64];
    // SAFETY: each buffer with its own size; the output holds a SHA-512 MAC.
    let rc = unsafe {
        hmac(
            std::ptr::null_mut(),
            HMAC_SHA512,
            b"Jefe".as_ptr(),
            4,
            b"what do ya want ".as_ptr(),
            16,
            b"for nothing?".as_ptr(),
            12,
            out.as_mut_ptr(),
        )
    };
    assert_eq!(rc, SQLITE_OK);
    assert_eq!(
        hex(&out),
        "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554\
         9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
    );
}

#[test]
fn aes_cbc_gives_the_nist_vector_and_comes_back() {
    // NIST SP 800-38A, F.2.5: CBC-AES256.Encrypt, first two blocks.
    let key = hex_bytes("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    let iv: Vec<u8> = (0u8..16).collect();
    let plain = hex_bytes("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
    let mut sealed = vec![0u8; 32];
    let mut back = vec![0u8; 32];
    // SAFETY: a 32-byte key, a 16-byte IV, 32 bytes in and out.
    unsafe {
        let run = |mode, input: *const u8, out: *mut u8| {
            cipher(
                std::ptr::null_mut(),
                mode,
                key.as_ptr(),
                32,
                iv.as_ptr(),
                input,
                32,
                out,
            )
        };
        assert_eq!(run(ENCRYPT, plain.as_ptr(), sealed.as_mut_ptr()), SQLITE_OK);
        assert_eq!(run(DECRYPT, sealed.as_ptr(), back.as_mut_ptr()), SQLITE_OK);
        // Not a whole number of blocks: refused, not read past.
        assert_eq!(
            cipher(
                std::ptr::null_mut(),
                ENCRYPT,
                key.as_ptr(),
                32,
                iv.as_ptr(),
                plain.as_ptr(),
                20,
                sealed.as_mut_ptr()
            ),
            SQLITE_ERROR
        );
    }
    assert_eq!(
        hex(&sealed),
        "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
    );
    assert_eq!(back, plain);
}

fn hex_bytes(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[i * 2..i * 2 + 2], 16).unwrap_or(0))
        .collect()
}

#[test]
fn random_fills_and_refuses_a_null_buffer() {
    let mut a = [0u8; 80];
    let mut b = [0u8; 80];
    // SAFETY: 80-byte buffers, then a null one.
    unsafe {
        assert_eq!(
            random(std::ptr::null_mut(), a.as_mut_ptr().cast(), 80),
            SQLITE_OK
        );
        assert_eq!(
            random(std::ptr::null_mut(), b.as_mut_ptr().cast(), 80),
            SQLITE_OK
        );
        assert_eq!(
            random(std::ptr::null_mut(), std::ptr::null_mut(), 16),
            SQLITE_ERROR
        );
    }
    assert_ne!(a, b);
}
