# The assessment's questions and notes around the interview (text/commands/assess.rs).

assess-ask-name = A name or initials for the answer file (Enter to leave it blank):
assess-save-where = Save your answers in { $dir }?
assess-delete-answers = Then your answers will be deleted: they are only in { $autosave }. Delete them? (No keeps that file, to resume from later.)
assess-replace-save = { $file } exists. Replace it at the end?
assess-reconciled = The rubric differs from the one these answers were given on (now { $rubric } v{ $version }): { $new } new and { $changed } reworded questions will be asked; answers to { $removed } questions it does not have are kept in the saved file as comments.
assess-autosave-head = # pathfit assessment in progress; continue with: { $resume }
assess-ask-partner = Who will you tell your progress each week? A name, named in the plan's weekly check-ins (Enter to leave it blank and check in alone):
assess-practice-empty = it is empty; give the days, then the time
assess-practice-no-time = it has no time; add one on a 24-hour clock after the days
assess-practice-no-days = it names no day; put the days before the time
assess-practice-time = `{ $word }` is not a time of day; give HH:MM on a 24-hour clock, such as 07:30 or 19:00
assess-practice-flag = --practice "{ $value }": { $reason }, e.g. --practice { $example }
assess-practice-reply = { $reason }, e.g. { $example }.
