//! The words for reading, writing and the pager.
