# What the rubric catalog finds: unreadable folders, skipped files, ids defined twice or shadowing an embedded rubric, an id that names no rubric (text/rubric/catalog.rs).

rubric-catalog-folder-unreadable = warning: cannot read rubric folder { $dir }: { $error }; its rubrics are skipped
rubric-catalog-skipped = warning: skipping invalid rubric { $path }: { $first }
rubric-catalog-same-id = warning: rubric id `{ $id }` is defined by { $files }; using the first (give a path to choose)
rubric-catalog-shadows = warning: { $source } shadows the embedded rubric `{ $id }`; rename its id to keep both
rubric-catalog-embedded-invalid = error: embedded rubric { $name } is invalid: { $problems }
rubric-catalog-overlay = warning: { $problem }
rubric-catalog-overlay-skipped = warning: skipping the overlay { $name }, its rubric's own texts are used: { $first }
rubric-catalog-unknown = unknown rubric `{ $spec }`; { $rest } (or give the path to a .toml rubric file)
rubric-catalog-did-you-mean = did you mean `{ $close }`?
rubric-catalog-known = known rubrics: { $known }
