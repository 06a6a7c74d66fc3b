# Cuvintele materialului HTML din jurul raportului (text/report/html.rs).

html-chart = Potrivirea pe parcursuri și dimensiuni
html-cohort-chart = Potrivirea medie pe parcursuri și dimensiuni
html-table = Potrivirile în cifre
html-cohort-table = Potrivirile medii și mediane în cifre
html-overall = Potrivire generală
html-measure = Măsură
html-margin = Avans
html-respondents = Respondenți
html-column = Coloană
html-column-type = Tip
html-column-meaning = Semnificație
html-chart-description = Bare orizontale pe o scală de la 0 la 100: potrivirea generală cu parcursurile { $paths }, apoi potrivirea pe { $n_cat ->
    [one] singura dimensiune
    [few] fiecare dintre cele { $n } dimensiuni
   *[other] fiecare dintre cele { $n } de dimensiuni
}, fiecare bară cu numărul ei; tabelul de după grafic conține aceleași cifre.
html-made = Realizat cu pathfit pe { $date }.
html-bucket = { $from }–{ $to_cat ->
    [one] { $to } punct
    [few] { $to } puncte
   *[other] { $to } de puncte
}
html-mean-median = medie { $mean }, mediană { $median }
