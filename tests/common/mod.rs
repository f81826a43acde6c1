//! Shared by the test files that read the scenario folders.

use std::path::{Path, PathBuf};

/// Every `*.case.json` under `dir`, sorted, folders included.
pub fn case_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read scenario dir")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            case_files(&path, out);
        } else if path.to_string_lossy().ends_with(".case.json") {
            out.push(path);
        }
    }
}
