//! A stable insertion sort for the short lists the results module orders (a record's remedies,
//! the plan's steps, the picker's matches): the standard library's sorts are fast on long lists
//! but cost 2–3 KB of wasm code for every element type they are used with (20 KB in the results
//! module, measured by `make bench`'s breakdown); this costs a few hundred bytes.

/// Sorts `items` by `key`, keeping the order of equal keys (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_and_keeps_the_order_of_equal_keys() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }

    #[test]
    fn agrees_with_the_standard_library_on_long_lists() {
        let mut v: Vec<u32> = (0..500u32).map(|i| (i * 7919) % 113).collect();
        let mut expected = v.clone();
        expected.sort();
        sort_by_key(&mut v, |x| *x);
        assert_eq!(v, expected);
    }
}
