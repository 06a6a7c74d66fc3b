# The sections of a report below the fit table (text/report/sections.rs).

sections-hiring = What hiring managers scan for: { $path }
sections-checklist = Find practice in the work you do now
sections-quality = Check these answers
sections-reflections = Your reflections
sections-days = A day in each role
sections-fill-brackets = Fill the brackets with the work behind your strongest answers: { $answers }
sections-quoted = "{ $text }"
sections-language = Language bank: { $path }
sections-bullets = Resume lines for your gaps, weak and strong: { $path }
sections-bullet = Weak: "{ $weak }" Strong: "{ $strong }"
sections-straight = { $count } of { $answered } answers are "{ $label }". Answers given without reading each question look like this; read them again and change any that do not describe you.
sections-acquiescence = You agreed with both questions of { $pairs } of { $of } pairs that state opposite preferences. Agreeing with everything makes the result say little; read those pairs again.
sections-midpoints = { $count } of { $answered } answers are "{ $label }". The result rests on few answers that lean either way; an answer you are unsure of is often better given as your best guess.
sections-skipped = { $count } of { $total } questions were skipped. The result rests on the rest; answering them would make it firmer.
sections-fast = { $count } of { $timed } answers came faster than the question can be read, so this result may say less about you than it seems. Answering again with time to read each question gives a firmer one.
sections-red-flag-now = For you now: claiming { $skills } without an example to show. An employer will ask for one; close the gap first, or leave the claim out.
sections-red-flags = Red flags
sections-limits = What this result is and is not
sections-limits-measures = It measures { $dims } as you describe them yourself. It does not test what you know or can do, and it knows nothing of pay, place or the job market.
sections-limits-self = It is a self-assessment to think over, alone or with a coach. It is not a test to hire or select anyone by.
sections-limits-weights = The weights ({ $weights }) are the rubric author's judgement, not a measured fact.
sections-weight = { $dim } { $weight }
sections-answer = { $question } ({ $label })
sections-strengths-none = None: no answer to this path's own questions leans towards it.
sections-strengths = Strongest answers for { $path }
sections-gap = { $skill }: { $answer }
sections-gaps-unlinked = This rubric links none of this path's questions to a skill.
sections-gaps-unanswered = None shown: no skill question for this path was answered.
sections-gaps-none = None: every answered skill question for this path is in its favour.
sections-gaps-more = { $more } more { $more_cat ->
    [one] skill with a gap; raise --gaps to list it.
   *[other] skills with a gap; raise --gaps to list them.
}
sections-gaps = Largest skill gaps for { $path }
sections-close = A close result is an answer too: roles that combine { $a } and { $b } are a real choice, not a failure to choose.
sections-close-role = A role to look at: { $role }
sections-close-story = When you apply, tell one story per application: pick the path the role asks for and let your resume and your interview answers point to it. A mixed message reads to an employer as no clear preference.
sections-close-title = Both paths fit you about as well
sections-skipped-from = skipped
sections-decider = "{ $question }" answered "{ $to }" instead of { $from }: { $path } would lead by { $margin }.
sections-no-decider-either = No single changed answer would give either path a clear lean: the result rests on many answers, not one.
sections-no-decider-any = No single changed answer would give any path a clear lean: the result rests on many answers, not one.
sections-no-decider = No single changed answer would give { $path } a clear lean.
sections-deciders = Answers that would decide it
