# The assessment: the intro and notices, question places, the keys to press, the review, what is said when it stops (text/interview.rs).

interview-yes = yes
interview-no = no
interview-skip = Skip this question
interview-done = Done: show my results
interview-terminal-failed = cannot talk to the terminal
interview-intro-compares = pathfit compares { $paths } on { $dimensions }.
interview-intro-length = { $questions_cat ->
    [one] { $questions } question
   *[other] { $questions } questions
}, about { $minutes_cat ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Type an answer's number, or move with the arrows and press Enter; Esc goes back; Ctrl-C stops (progress is kept).
interview-intro-none = Every question is already answered: the review comes next, where you can change any answer.
interview-intro-private = Your answers stay on this machine: nothing is sent anywhere.
interview-first-question = This is the first question. Answer it, or press Ctrl-C to stop (your progress is kept).
interview-too-few = { $answered } of { $questions } questions are answered; a result needs at least { $needed }. Pick skipped questions to answer them.
interview-reflections = Optional reflections: a few words each, or Enter to leave one blank.
interview-place = { $dimension } { $in_dimension }/{ $of_dimension } - question { $question } of { $of }
interview-review-title = Review: { $answered } of { $questions } answered. Change an answer only if it does not describe you; otherwise choose Done.
interview-review-fast = { $count } of { $timed } answers came faster than the question can be read (marked (!)). Read those questions again now: open one to keep or change its answer.
interview-review-skipped = (skipped)
interview-keys-numbered = Your answer: 1-{ $last } or arrows and Enter; s skips; Esc goes back
interview-keys = Your answer: arrows and Enter; Esc goes back
interview-answered = Your answer: { $label }
interview-skipped = Skipped: you can answer it from the review at the end.
interview-stopped-empty = Stopped before the first answer; nothing was saved.
interview-stopped = { $answers_cat ->
    [one] Stopped. { $answers } answer is saved in { $file }
   *[other] Stopped. { $answers } answers are saved in { $file }
}
interview-resume-with = Resume with: { $resume }
