# What `rubric list`, `rubric show` and `rubric check` print (text/commands/rubric.rs).

rubric-list-id = ID
rubric-list-version = VERSION
rubric-list-questions = QUESTIONS
rubric-list-languages = LANGUAGES
rubric-list-source = SOURCE
rubric-list-title = TITLE
rubric-embedded = embedded
rubric-checked = ok: { $file } ({ $id } v{ $version }, { $paths }, { $dimensions }, { $questions })
rubric-overlay-checked = ok: { $file } (the { $language } texts of { $id } v{ $version }: every text of its { $paths }, { $dimensions } and { $questions })
rubric-missing-sections = has no { $sections } (optional: reports and `pathfit roles` leave those parts out)
count-paths = { $n_cat ->
    [one] { $n } path
   *[other] { $n } paths
}
count-dimensions = { $n_cat ->
    [one] { $n } dimension
   *[other] { $n } dimensions
}
count-questions = { $n_cat ->
    [one] { $n } question
   *[other] { $n } questions
}
rubric-show-paths = Paths:
rubric-show-skills = Skills:
rubric-show-source = source: { $source }
rubric-show-key-hash = key hash: { $hash }
rubric-show-scale = Scale { $min } to { $max }: { $labels }
rubric-show-lean = A clear lean needs { $margin } points; at least { $needed } of { $questions } questions must be answered.
rubric-show-dimension = { $name } ({ $id }, weight { $weight }):
rubric-tag-favors = favors { $path }
rubric-tag-reverse = reverse
rubric-tag-weight = weight { $weight }
rubric-tag-skill = skill { $skill }
