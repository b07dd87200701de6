//! Text normalisation for search. (Being written.)
