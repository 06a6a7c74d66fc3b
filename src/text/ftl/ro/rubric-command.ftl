# Ce afișează `rubric list`, `rubric show` și `rubric check` (text/commands/rubric.rs).

rubric-list-id = ID
rubric-list-version = VERSIUNE
rubric-list-questions = ÎNTREBĂRI
rubric-list-languages = LIMBI
rubric-list-source = SURSĂ
rubric-list-title = TITLU
rubric-embedded = încorporată
rubric-checked = în regulă: { $file } ({ $id } v{ $version }, { $paths }, { $dimensions }, { $questions })
rubric-overlay-checked = în regulă: { $file } (textele în limba { $language } ale grilei { $id } v{ $version }: toate textele pentru { $paths }, { $dimensions } și { $questions })
rubric-missing-sections = nu are { $sections } (opțional: rapoartele și `pathfit roles` omit aceste părți)
count-paths = { $n_cat ->
    [one] { $n } parcurs
    [few] { $n } parcursuri
   *[other] { $n } de parcursuri
}
count-dimensions = { $n_cat ->
    [one] { $n } dimensiune
    [few] { $n } dimensiuni
   *[other] { $n } de dimensiuni
}
count-questions = { $n_cat ->
    [one] { $n } întrebare
    [few] { $n } întrebări
   *[other] { $n } de întrebări
}
rubric-show-paths = Parcursuri:
rubric-show-skills = Competențe:
rubric-show-source = sursa: { $source }
rubric-show-key-hash = amprenta cheii: { $hash }
rubric-show-scale = Scala de la { $min } la { $max }: { $labels }
rubric-show-lean = Pentru o înclinație clară este nevoie de un avans de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
}; trebuie să primească răspuns cel puțin { $needed } din { $questions_cat ->
    [one] { $questions } întrebare
    [few] { $questions } întrebări
   *[other] { $questions } de întrebări
}.
rubric-show-dimension = { $name } ({ $id }, pondere { $weight }):
rubric-tag-favors = trimite spre { $path }
rubric-tag-reverse = scor inversat
rubric-tag-weight = pondere { $weight }
rubric-tag-skill = competența { $skill }
