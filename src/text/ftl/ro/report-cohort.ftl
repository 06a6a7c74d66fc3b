# Raportul de grup al comenzii `score --summary` (text/report/cohort.rs).

cohort-title = Grup: { $title } ({ $scored_cat ->
    [one] { $scored } fișă evaluată
    [few] { $scored } fișe evaluate
   *[other] { $scored } de fișe evaluate
}, { $skipped_cat ->
    [one] { $skipped } omisă
    [few] { $skipped } omise
   *[other] { $skipped } omise
})
cohort-margins = Avansuri (diferența în puncte dintre primele două parcursuri)
cohort-gaps = Cele mai frecvente lacune de competențe
cohort-coverage = Acoperirea răspunsurilor
cohort-no-lean = Nicio înclinație clară
cohort-lean = Înclinație clară spre { $path }
cohort-count = { $name }: { $n }
cohort-fit = { $path }, potrivire generală: medie { $mean }, mediană { $median }
cohort-dim = { $path }, { $dim }: medie { $mean }, mediană { $median }
cohort-none = Niciuna.
cohort-gap = { $n } din { $answered }: { $question }
cohort-low = { $id } ({ $n } din { $all })
cohort-all-answered = Fiecare întrebare a primit răspuns de la cel puțin 90% dintre respondenți.
cohort-fewer = Cu răspunsuri de la mai puțin de 90% dintre respondenți: { $ids }
cohort-medians = Medianele au o precizie de 0,1 puncte.
