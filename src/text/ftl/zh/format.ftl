# 句中的数字、日期和列举（text/l10n/format.rs）。

semicolon = ；
list-comma = 、
list-and-word = 和
list-and = { $init }和{ $last }
list-and-serial = { $init }和{ $last }

date = { $year }年{ $month }{ $day }日
day = { $month }{ $day }日（{ $weekday }）

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
