//! The languages pathfit speaks to a person. Machine formats (JSON keys, CSV columns, ids)
//! are the same in every language.

/// A language of the texts a person reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ro,
    Zh,
}
