//! Where the database and the desk configuration live (XDG folders on Linux).

use std::path::PathBuf;

use directories::ProjectDirs;

fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("be", "seuil", "seuil")
}

/// The default database: `seuil.db` in the user's data folder (`~/.local/share/seuil/`).
pub fn default_database() -> Option<PathBuf> {
    dirs().map(|d| d.data_dir().join("seuil.db"))
}

/// The desk configuration file: `SEUIL_CONFIG`, else `desk.toml` in the config folder
/// (`~/.config/seuil/desk.toml`).
pub fn config_file() -> Option<PathBuf> {
    match std::env::var_os("SEUIL_CONFIG") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => dirs().map(|d| d.config_dir().join("desk.toml")),
    }
}
