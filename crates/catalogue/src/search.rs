//! Search over programmes and communities. (Being written.)
