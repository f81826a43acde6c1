//! One module per remedy, named after its statute. Each exposes `assess`, which returns the
//! remedy's [`Item`](super::report::Item) for one conviction or arrest, or `None` when the remedy
//! does not apply to that kind of record at all.

pub mod cor;
pub mod pardon;
pub mod pc_1203_3;
pub mod pc_1203_4;
pub mod pc_1203_41;
pub mod pc_1203_42;
pub mod pc_1203_425;
pub mod pc_1203_45;
pub mod pc_1203_4a;
pub mod pc_1473_7;
pub mod pc_17b;
pub mod pc_17d;
pub mod pc_236_14;
pub mod pc_290_5;
pub mod pc_851_8;
pub mod pc_851_91;
pub mod pc_851_93;
pub mod prop_47;
pub mod prop_64;
