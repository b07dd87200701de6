//! Checks of catalogue entries. (Being written.)
