# Primul ecran al unui raport (text/report/brief.rs).

brief-weighed-none = Niciunul: niciun răspuns nu a modificat avansul cu 0,1 puncte sau mai mult.
brief-weighed-item = { $points } { $label }: { $question }
brief-weighed-title = Răspunsurile care au cântărit cel mai mult în avansul de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} (+ { $top }, - { $second })
brief-gap-item = { $skill }: { $question } ({ $label })
brief-gaps-title = Cele mai mari lacune de competențe pentru { $names } ({ $all } în total)
brief-no-gaps-linked = Lacune de competențe pentru { $names }: niciuna; această grilă nu leagă de o competență nicio întrebare a acestui parcurs.
brief-no-gaps-answered = Lacune de competențe pentru { $names }: niciuna afișată; nu ați răspuns la nicio întrebare despre competențele acestui parcurs.
brief-no-gaps-favour = Lacune de competențe pentru { $names }: niciuna; toate întrebările despre competențe la care ați răspuns sunt în favoarea acestui parcurs.
brief-week-title = Săptămâna aceasta (zilele { $first }–{ $last }, { $first_date } – { $last_date }), pentru { $targets }
brief-week-title-chosen = Săptămâna aceasta (zilele { $first }–{ $last }, { $first_date } – { $last_date }), pentru { $targets } (parcursul ales de dumneavoastră)
brief-flag-unproven = Semnal de alarmă pentru dumneavoastră: să declarați competențe ({ $skills }) înainte de a avea un exemplu concret. Un angajator vă va cere unul.
brief-flag-either = Semnal de alarmă pentru dumneavoastră: să îi spuneți unui angajator că ați putea lucra la fel de bine ca { $top } sau ca { $second }. Fiecare candidatură trebuie să spună o singură poveste: cea pe care o cere postul.
brief-flag-figures = Semnal de alarmă pentru dumneavoastră: să vă prezentați punctele forte pentru { $path } fără nicio cifră. Dați fiecăruia un număr, o sumă sau o durată.
brief-flag-figures-skills = Semnal de alarmă pentru dumneavoastră: să vă prezentați punctele forte pentru { $path } ({ $skills }) fără nicio cifră. Dați fiecăruia un număr, o sumă sau o durată.
brief-proof = Un rând de CV pentru cel mai puternic răspuns al dumneavoastră ({ $skill }), de reformulat cu propriile cifre: „{ $line }”
brief-needs-tie = este nevoie de { $tie }
brief-needs-any = orice avans contează
brief-lean = Înclinație clară: { $lean }, cu un avans de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} față de { $second } ({ $needs }).
brief-tied = Nicio înclinație clară: { $top } și { $second } sunt la egalitate ({ $needs } pentru o înclinație clară).
brief-ahead = Nicio înclinație clară: { $top } are un avans de doar { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} față de { $second } ({ $needs } pentru o înclinație clară).
brief-check-first = Verificați-vă răspunsurile înainte de a vă baza pe acest rezultat: { $n_cat ->
    [one] { $n } avertisment
    [few] { $n } avertismente
   *[other] { $n } de avertismente
} în raportul complet.
brief-rest-full = Raportul complet: { $full }
brief-rest-handout = Document de înmânat: aceeași comandă, cu { $handout } în loc de --full
brief-rest-offered = Raportul complet: salvați răspunsurile când vi se cere, apoi rulați pathfit score pe fișier cu --full (sau cu -f markdown -o FILE.md pentru un document de înmânat).
brief-rest-unsaved = Raportul complet: aceste răspunsuri nu sunt salvate (--no-save); răspundeți din nou cu pathfit assess --full sau cu --save FILE pentru a le păstra.
brief-more-paths = { $n_cat ->
    [one] încă { $n } parcurs
    [few] încă { $n } parcursuri
   *[other] încă { $n } de parcursuri
}, în raportul complet
