//! The centre itself, as its letters and tickets name it.

/// The centre's letterhead, from the site settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Site {
    pub name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
}
