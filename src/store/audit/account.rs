//! The account the operating system runs seuil under, asked of the system itself when the
//! environment does not say (`USER` and `LOGNAME` unset: a service, cron, `env -i`).

/// The login name of the real user, from the password database (`getpwuid_r`); `None` when
/// the account has no entry there (a container started with a bare number).
#[cfg(unix)]
pub fn system_account() -> Option<String> {
    let uid = unsafe { libc::getuid() };
    let mut buffer = vec![0 as libc::c_char; 1024];
    loop {
        // SAFETY: `entry` and `buffer` outlive the call, `buffer.len()` is its true size, and
        // the name is read only when the call says it filled `entry` (`found` not null).
        let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let status = unsafe {
            libc::getpwuid_r(
                uid,
                &mut entry,
                buffer.as_mut_ptr(),
                buffer.len(),
                &mut found,
            )
        };
        if status == libc::ERANGE && buffer.len() < 1 << 20 {
            buffer.resize(buffer.len() * 4, 0);
            continue;
        }
        if status != 0 || found.is_null() || entry.pw_name.is_null() {
            return Some(format!("uid {uid}"));
        }
        // SAFETY: on success `pw_name` points to a NUL-terminated string inside `buffer`.
        let name = unsafe { std::ffi::CStr::from_ptr(entry.pw_name) };
        let name = name.to_string_lossy().trim().to_string();
        return Some(if name.is_empty() {
            format!("uid {uid}")
        } else {
            name
        });
    }
}

/// Elsewhere the environment is all there is.
#[cfg(not(unix))]
pub fn system_account() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_system_knows_who_runs_the_tests() {
        let name = super::system_account();
        assert!(name.is_some_and(|n| !n.is_empty()));
    }
}
