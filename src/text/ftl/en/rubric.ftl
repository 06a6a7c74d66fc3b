# Problems in a rubric file (text/rubric/mod.rs).

rubric-empty-id = { $part } id is empty; give it a short unique id
rubric-duplicate-id = duplicate { $part } id `{ $id }`; each { $part } needs its own id
rubric-none-defined = unknown { $part } `{ $id }`: the rubric defines no { $parts } yet; add one with id = "{ $id }"
rubric-unknown-id-close = unknown { $part } `{ $id }`; did you mean `{ $close }`?
rubric-unknown-id = unknown { $part } `{ $id }`; use one of: { $known }
rubric-bad-weight = { $part } weight { $value } must be a number greater than 0 and at most { $max } (weights are relative: 1 and 2 mean the second counts double)
rubric-bad-id = rubric id `{ $id }` must be lowercase letters, digits, '-' or '_'
rubric-bad-language = language `{ $tag }` is not a BCP 47 tag; write e.g. "en" or "ro-RO"
rubric-tie-margin = tie_margin { $value } must be a number of points from 0 to 100, e.g. 8
rubric-min-answered = min_answered { $value } must be a share greater than 0 and at most 1, e.g. 0.8 (a sheet with nothing answered cannot be scored)
rubric-scale-backwards = scale max { $max } must be greater than min { $min }
rubric-too-many-points = the scale has { $points } points; use at most { $max }
rubric-label-count = the scale has { $points } points ({ $min } to { $max }) but { $labels } labels; give one label per point
rubric-empty-label = a scale label is empty; give every point a label
rubric-repeated-label = scale label `{ $label }` appears twice; labels must differ
rubric-empty-alias = a scale alias is empty; remove it
rubric-alias-off-scale = scale alias `{ $alias }` = { $value } is off the scale { $min } to { $max }
rubric-alias-taken = scale alias `{ $alias }` is already { $was }; give each word once
rubric-alias-number = scale alias `{ $alias }` is a number, and a number in a cell is read as that value of the scale; make the alias a word
rubric-empty-missing-code = a missing code is empty; blank cells are always missing
rubric-missing-code-on-scale = missing code `{ $code }` is the scale value { $value }; use a value off the scale
rubric-missing-code-taken = missing code `{ $code }` is { $was }; an answer cannot also mean "not answered"
rubric-empty-question-alias = question `{ $question }` has an empty alias; remove it
rubric-alias-names-other = the alias "{ $alias }" of question `{ $question }` already names question `{ $other }`; a column must name one question
rubric-unknown-key = unknown key `{ $key }`; check its spelling against the rubric format in { $format }
rubric-too-few-paths = a rubric compares at least 2 paths but this one has { $count }; add [[paths]] entries
rubric-too-many-paths = a rubric compares at most { $max } paths but this one has { $count }
rubric-too-many-questions = a rubric has at most { $max } questions but this one has { $count }; split it into rubrics by topic
rubric-no-questions = the rubric has no [[questions]]; add at least one per dimension
rubric-own-twin = question `{ $question }` names itself as its twin; name the question on the same topic keyed the other way
rubric-favours-and-against = question `{ $question }` both favours and is against `{ $path }`; remove it from `against`
rubric-empty-dimension = dimension `{ $dimension }` has no questions; add a question with dimension = "{ $dimension }" or remove it
rubric-unfavoured-path = no question points to path `{ $path }`, agreed or disagreed with; add a question with favors = "{ $path }"

part-path = path
part-dimension = dimension
part-skill = skill
part-question = question
part-reflection = reflection
part-path-plural = paths
part-dimension-plural = dimensions
part-skill-plural = skills
part-question-plural = questions
part-reflection-plural = reflections

survey-word-label = scale label `{ $word }`
survey-word-alias = scale alias `{ $word }`
survey-word-not-answered = `{ $word }`, a word that always means not answered

## An overlay's texts against its base.
overlay-missing-text = [{ $table }] has no `{ $field }`; an overlay gives every text its base has
overlay-missing-table = the overlay has no [{ $table }]; an overlay gives the texts of every id of its base
overlay-list-length = `{ $field }` of [{ $table }] has { $found } { $found_cat ->
    [one] item
   *[other] items
} but the base has { $base }; give one text per item, in the base's order
overlay-base = the overlay is for rubric `{ $named }`, not `{ $base }`; set base = "{ $base }" or check it against its own base
overlay-version = the overlay was written for version { $written_for } of its base, which is now { $base }; check that its texts still match
