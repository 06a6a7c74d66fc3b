# The practice days and time (text/commands/assess.rs): day names in every language are read.

practice-ask = On which days and at what time will you work on the plan? Days, then a 24-hour time, e.g. Mon,Wed,Fri 07:30 (Enter keeps the one shown):
practice-not-a-day = `{ $word }` is not a day of the week; use English day names such as Mon, Tue or Thursday
# A value as the person types it: days between separators, then the time.
practice-separator = ,
practice-mon = Mon
practice-tue = Tue
practice-wed = Wed
practice-thu = Thu
practice-fri = Fri
practice-sat = Sat
practice-sun = Sun
