# What `pathfit rubric lint` says (text/rubric/lint.rs).

lint-agreeing = agreeing points to: { $keying }
lint-keying-part = { $n } { $path }
lint-keying-dimension = { $dimension } { $parts }
lint-reverse-items = reverse-keyed items: { $n }
lint-swing = largest swing of one answer: { $swing } points ({ $question }); the tie margin is { $margin }
lint-longest = longest item: { $words } words ({ $question }); the limit is { $max }
lint-hardest = highest reading grade: { $grade } ({ $question }; Flesch-Kincaid, syllables counted by vowel groups); the limit is { $max }
lint-grade-unchecked = reading grade: not checked (the rubric is not in English)
lint-uniform = uniform sheets: { $sheets }
lint-clean = clean
lint-warnings = { $n_cat ->
    [one] { $n } warning (on stderr)
   *[other] { $n } warnings (on stderr)
}
lint-uniform-lean = { $sheet }: a clear lean to { $path }
lint-uniform-none = { $sheet }: no clear lean
lint-all-lowest = all lowest
lint-all-highest = all highest
lint-all-middle = all middle
lint-at-line = { $file }:{ $line }: question `{ $id }`
lint-at = { $file }: question `{ $id }`
lint-warning = warning: { $text }
lint-unbalanced-part = { $n } to { $path }
lint-unbalanced = { $file }: in { $dimension }, agreeing points { $parts }; about half the items should point to each path
lint-uniform-lean-warning = { $file }: the sheet { $sheet } gives a clear lean to { $path }; balance the keying so it gives none
lint-item = { $at }: { $what }
lint-reverse-without-twin = reverse-keyed without a twin; add twin = "<id>" naming the item on the same topic keyed the other way
lint-bad-twin = its twin `{ $twin }` must be in the same dimension and keyed the other way
lint-item-swing = one answer moved across the scale moves the margin by { $swing } points, not less than the tie margin of { $margin }; add items to its dimension or lower its weight
lint-too-long = { $words } words; keep an item to { $max }
lint-hard-to-read = reading grade { $grade }; use shorter words and sentences (at most { $max })
lint-near-duplicate = nearly the same words as `{ $other }`; keep one idea per item, once
