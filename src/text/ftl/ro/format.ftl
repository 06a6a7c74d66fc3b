# Numere, date și enumerări într-o propoziție (text/l10n/format.rs).

semicolon = {"; "}
list-comma = {", "}
list-and-word = și
list-and = { $init } și { $last }
list-and-serial = { $init } și { $last }

date = { $day } { $month } { $year }
day = { $weekday }, { $day } { $month }

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
