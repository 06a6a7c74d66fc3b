# Numbers, dates and lists in a sentence (text/l10n/format.rs).

semicolon = {"; "}
list-comma = {", "}
list-and-word = and
list-and = { $init } and { $last }
list-and-serial = { $init }, and { $last }

date = { $day } { $month } { $year }
day = { $weekday } { $day } { $month }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
